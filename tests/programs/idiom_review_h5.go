package main

import "fmt"

func build(n int) []byte {
	s := make([]byte, n)
	return s
}

func main() {
	t := build(5)
	u := t
	t = append(t, 5)
	t[0] = 9
	fmt.Println(u, t)
	a := build(3)[:1]
	b := a
	a = append(a, 1)
	a[0] = 8
	fmt.Println(b, a)
}
