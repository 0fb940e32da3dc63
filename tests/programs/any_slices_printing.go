package main

import "fmt"

type Pair struct {
	K string
	V any
}

type Tree struct {
	Val      int
	Children []*Tree
}

func count(vs []any) (nils, nonNils int) {
	for _, v := range vs {
		if v == nil {
			nils++
		} else {
			nonNils++
		}
	}
	return
}

func indexOf(vs []any, target any) int {
	for i, v := range vs {
		if v == target {
			return i
		}
	}
	return -1
}

func main() {
	vals := []any{1, "two", 3, nil, true, []int{4}, map[string]int{"five": 5}, Pair{"k", 6}}
	fmt.Println(vals)
	fmt.Printf("%v\n", vals)
	fmt.Printf("%+v\n", vals)
	fmt.Printf("%#v\n", vals[:5])
	fmt.Println(len(vals))
	fmt.Println(count(vals))
	for i, v := range vals {
		fmt.Printf("%d: %-20v %T\n", i, v, v)
	}

	fmt.Println(indexOf(vals, "two"), indexOf(vals, 3), indexOf(vals, true), indexOf(vals, nil), indexOf(vals, 99))
	fmt.Println(indexOf(vals, Pair{"k", 6}))

	var empty []any
	fmt.Println(empty, len(empty), empty == nil)
	fmt.Printf("%v %#v\n", empty, empty)
	empty = append(empty, nil, nil)
	fmt.Println(empty, len(empty))

	// Nested []any.
	nested := []any{1, []any{2, []any{3, nil}}, "x"}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)

	// Printing with Println spreads a []any when passed with ...
	args := []any{"a", 1, 'b', nil}
	fmt.Println(args...)
	fmt.Println(args)
	fmt.Printf("%v-%v-%v-%v\n", args...)
	fmt.Printf("%d %s\n", args...)
	s := fmt.Sprint(args...)
	fmt.Printf("%q\n", s)

	// Pairs with any values.
	pairs := []Pair{{"n", 1}, {"s", "str"}, {"nil", nil}, {"slice", []string{"a", "b"}}}
	fmt.Println(pairs)
	fmt.Printf("%+v\n", pairs)

	// Pointer-y data printed via values.
	t := &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}}
	var walk func(*Tree) []any
	walk = func(t *Tree) []any {
		out := []any{t.Val}
		for _, c := range t.Children {
			out = append(out, walk(c))
		}
		return out
	}
	fmt.Println(walk(t))

	// Assigning elements and comparing.
	box := make([]any, 3)
	fmt.Println(box, box[0] == nil)
	box[0] = 0
	box[1] = ""
	box[2] = false
	fmt.Println(box, box[0] == nil, box[0] == 0, box[1] == "", box[2] == false)
	fmt.Printf("%q\n", box)

	// An array of any.
	var arr [3]any
	arr[1] = 3
	fmt.Println(arr, arr == [3]any{nil, 3, nil})
}
