package main

import "fmt"

type Point struct{ X, Y int }

func describe(v any) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	var items []interface{}
	items = append(items, 1, "two", 3.5, true, nil, Point{1, 2}, &Point{3, 4}, []int{5, 6}, 'x', byte(7))
	for i, it := range items {
		fmt.Println(i, describe(it))
	}
	var a any = 42
	var b interface{} = 42
	fmt.Println("a == b:", a == b)
	b = int64(42)
	fmt.Println("a == int64:", a == b)
	var c any
	fmt.Println("nil any:", c == nil, describe(c))
	c = Point{1, 2}
	fmt.Println("point eq:", c == Point{1, 2}, c == any(Point{2, 1}))
	m := map[string]any{"n": 1, "s": "str", "f": 1.5}
	for _, k := range []string{"f", "n", "s", "zz"} {
		v, ok := m[k]
		fmt.Printf("%s -> %v %v\n", k, v, ok)
	}
	nested := []any{[]any{1, "a"}, map[string]int{"k": 1}, struct{ A any }{A: 3}}
	fmt.Printf("%v\n%+v\n", nested, nested)
}
