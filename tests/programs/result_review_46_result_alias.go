package main

import "fmt"

func build(n int) []int {
	s := make([]int, 0, 8)
	for i := 0; i < n; i++ {
		s = append(s, i+1)
	}
	return s
}

func lit() []int { return []int{1, 2, 3} }

func main() {
	a := build(3)
	b := append(a[:1], 9)
	fmt.Println(a, b)
	c := lit()
	d := append(c[:1], 9)
	fmt.Println(c, d)
	e := build(2)
	f := append(e, 7)
	g := append(e, 8)
	fmt.Println(e, f, g)
}
