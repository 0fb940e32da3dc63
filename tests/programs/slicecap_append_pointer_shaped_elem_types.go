package main

import "fmt"

// Checks cap after appends to nil slices of string, *int, any, map and func element types.
func main() {
	var s []string
	s = append(s, "a")
	fmt.Println(len(s), cap(s))
	s = append(s, "b", "c")
	fmt.Println(len(s), cap(s))
	var p []*int
	x := 1
	p = append(p, &x)
	fmt.Println(len(p), cap(p), *p[0])
	var q []any
	q = append(q, 1)
	fmt.Println(len(q), cap(q))
	var m []map[int]int
	m = append(m, nil)
	fmt.Println(len(m), cap(m))
	var f []func()
	f = append(f, nil, nil)
	fmt.Println(len(f), cap(f))
}
