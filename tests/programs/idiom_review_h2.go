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
	u := t
	t = append(t, 5)
	t[0] = 9
	fmt.Println(u, t)
	v := build(5)
	w := v
	v = append(v, 1)
	v[0] = 9
	fmt.Println(w, v)
}
