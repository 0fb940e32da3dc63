package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func buildBytes(n int) []byte {
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, 'a')
	}
	return s
}

type T struct{ xs []int }

func main() {
	for _, n := range []int{1, 2, 3, 5, 9, 17} {
		s := build(n)
		fmt.Println(n, len(s), cap(s))
	}
	for _, n := range []int{1, 5, 33, 40} {
		fmt.Println(n, cap(buildBytes(n)))
	}
	var t T
	t.xs = append(t.xs, 1)
	fmt.Println(cap(t.xs))
	var u []int
	u = append(u, 1, 2, 3)
	fmt.Println(cap(u))
	w := []int{}
	w = append(w, 1)
	fmt.Println(cap(w))
	var ss []string
	ss = append(ss, "a")
	fmt.Println(cap(ss), len(ss))
}
