package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	t := build(3)
	fmt.Println(cap(t))
	u := t
	t = append(t, 5)
	t[0] = 9
	fmt.Println(u, t, cap(t))
}
