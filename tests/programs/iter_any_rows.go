package main

import "fmt"

type Table struct {
	Columns []string
	Rows    [][]any
}

// All yields each row's index and its values.
func (t *Table) All() func(func(int, []any) bool) {
	return func(yield func(int, []any) bool) {
		for i, r := range t.Rows {
			if !yield(i, r) {
				return
			}
		}
	}
}

// Column yields the values of one column.
func (t *Table) Column(name string) func(func(any) bool) {
	return func(yield func(any) bool) {
		col := -1
		for i, c := range t.Columns {
			if c == name {
				col = i
			}
		}
		if col < 0 {
			return
		}
		for _, r := range t.Rows {
			if !yield(r[col]) {
				return
			}
		}
	}
}

// Where yields the rows whose column equals the value.
func (t *Table) Where(name string, v any) func(func([]any) bool) {
	return func(yield func([]any) bool) {
		i := 0
		for x := range t.Column(name) {
			if x == v && !yield(t.Rows[i]) {
				break
			}
			i++
		}
	}
}

func main() {
	t := &Table{
		Columns: []string{"city", "country", "pop", "area"},
		Rows: [][]any{
			{"Lyon", "FR", 522250, 47.87},
			{"Porto", "PT", 231800, 41.42},
			{"Nice", "FR", 342669, 71.92},
			{"Braga", "PT", 193333, 183.4},
			{"Ghent", "BE", 265086, 156.18},
		},
	}
	fmt.Println(t.Columns)
	for i, r := range t.All() {
		fmt.Println(i, r)
		fmt.Println(r...)
	}

	for c := range t.Column("country") {
		fmt.Print(c, " ")
	}
	fmt.Println()

	for r := range t.Where("country", "FR") {
		fmt.Printf("%-6v %8v %7.2f\n", r[0], r[2], r[3])
	}
	for r := range t.Where("pop", 193333) {
		fmt.Println("found", r[0])
	}
	n := 0
	for range t.Where("pop", 193333.0) {
		n++
	}
	fmt.Println("float match", n)

	seen := map[any]int{}
	for c := range t.Column("country") {
		seen[c]++
	}
	fmt.Println(seen)

	for c := range t.Column("nope") {
		fmt.Println("never", c)
	}
}
