package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

type maker func(int) []int

func apply(f maker, n int) int {
	return len(f(n))
}

func main() {
	for k := 1; k <= 3; k++ {
		m := build(k + 1)
		fmt.Println(k, len(m), cap(m))
	}
	fmt.Println(apply(build, 3))
	var f maker = build
	fmt.Println(len(f(5)))
	x := build(3)
	fmt.Println(cap(x), x[2])
}
