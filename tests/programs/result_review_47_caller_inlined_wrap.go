package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func wrap(n int) []int {
	r := build(n)
	return r
}

func first(n int) []int {
	return build(n)
}

func main() {
	for k := 0; k < 3; k++ {
		a := wrap(3)
		b := first(2)
		fmt.Println(k, len(a), cap(a), len(b), cap(b))
	}
	c := wrap(5)
	fmt.Println(len(c), cap(c))
}
