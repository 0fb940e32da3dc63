package main

import "fmt"

func build(n int) []int {
	s := make([]int, 0, n)
	s = append(s, 1)
	return s
}

func main() {
	t := build(3)
	u := t
	t = append(t, 5)
	t = append(t, 6, 7)
	t[0] = 9
	fmt.Println(u, t)
}
