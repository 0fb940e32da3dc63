package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(xs []int) []int { return xs }

var global [][]int

func store(xs []int) { global = append(global, xs) }

func main() {
	var s []int
	s = append(s, 1)
	t := append(s, 2)
	t[0] = 9
	fmt.Println(s[0], sum(s), len(t))

	var u []int
	u = append(u, 1)
	store(u)
	v := append(u, 2)
	v[0] = 7
	fmt.Println(u[0], len(v))

	var w []int
	w = append(w, 1)
	k := keep(w)
	x := append(w, 5)
	x[0] = 3
	fmt.Println(w[0], k[0], len(x))
}
