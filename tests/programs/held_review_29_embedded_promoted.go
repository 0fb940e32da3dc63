package main

import "fmt"

type Inner struct {
	xs []int
}

type Outer struct {
	Inner
	name string
}

func main() {
	var a []int
	a = append(a, 1)
	os := []Outer{{Inner: Inner{xs: a}, name: "o"}}
	fmt.Println(cap(os[0].xs), cap(os[0].Inner.xs))
	r := os[0].xs
	r = append(r, 2)
	r[0] = 5
	fmt.Println(os[0].xs[0], a[0])
}
