package main

import "fmt"

type Field struct {
	Name  string
	Value any
}

type Record struct {
	ID     int
	Fields []Field
}

func (r Record) Get(name string) any {
	for _, f := range r.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return nil
}

func (r *Record) Set(name string, v any) {
	for i := range r.Fields {
		if r.Fields[i].Name == name {
			r.Fields[i].Value = v
			return
		}
	}
	r.Fields = append(r.Fields, Field{name, v})
}

func (r Record) Match(filter map[string]any) bool {
	for k, want := range filter {
		if r.Get(k) != want {
			return false
		}
	}
	return true
}

func main() {
	db := []Record{
		{1, []Field{{"name", "ada"}, {"age", 36}, {"score", 97.5}}},
		{2, []Field{{"name", "bob"}, {"age", 41}, {"score", 82.0}}},
		{3, []Field{{"name", "cy"}, {"age", 36}}},
	}
	db[2].Set("score", 97.5)
	db[1].Set("age", 42)
	db[0].Set("admin", true)

	for _, r := range db {
		fmt.Printf("%d %v\n", r.ID, r.Fields)
	}
	fmt.Printf("%+v\n", db[0])

	filters := []map[string]any{
		{"age": 36},
		{"score": 97.5},
		{"age": 36, "score": 97.5},
		{"admin": true},
		{"age": "36"},
		{"missing": nil},
	}
	for _, f := range filters {
		var ids []int
		for _, r := range db {
			if r.Match(f) {
				ids = append(ids, r.ID)
			}
		}
		fmt.Println(f, "->", ids)
	}

	// Group by an any-valued field.
	groups := map[any][]string{}
	for _, r := range db {
		k := r.Get("age")
		groups[k] = append(groups[k], fmt.Sprint(r.Get("name")))
	}
	fmt.Println(groups)

	// any values in closures and deferred calls.
	var history []any
	record := func(v any) { history = append(history, v) }
	for _, r := range db {
		defer record(r.ID)
		record(r.Get("score"))
	}
	fmt.Println(history)
	func() {
		defer func() {
			v := recover()
			fmt.Println("recovered", v, v == 1.5)
		}()
		panic(any(1.5))
	}()
}
