package main

import "fmt"

func Pair[T any](a, b []T) [][]T { return [][]T{a, b} }

func main() {
	var a, b []string
	a = append(a, "x")
	b = append(b, "y", "z")
	p := Pair(a, b)
	fmt.Println(cap(p[0]), cap(p[1]))
	q := p[0]
	q = append(q, "w")
	q[0] = "Q"
	fmt.Println(p[0][0], a[0], q[0])
}
