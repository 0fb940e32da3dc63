package main

import "fmt"

type T struct{ xs []int }

func build(n int) T {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return T{s}
}

func main() {
	t := build(3)
	u := t.xs
	t.xs = append(t.xs, 5)
	t.xs[0] = 9
	fmt.Println(u, t.xs)
}
