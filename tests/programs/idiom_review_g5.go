package main

import "fmt"

func fresh(n int) []int {
	s := make([]int, n, 8)
	return s
}

func two(a, b []int) []int {
	if len(a) > 0 {
		return b
	}
	return a
}

func main() {
	x := make([]int, 1, 4)
	t := two(x, fresh(1))
	t = append(t, 5)
	t[0] = 9
	fmt.Println(x, t, cap(t))
	u := two(nil, x)
	u = append(u, 6)
	u[0] = 7
	fmt.Println(x[:2], u, cap(u))
}
