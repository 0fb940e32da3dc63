package main

import "fmt"

type L []int

//go:noinline
func (l L) Set(i, v int) { l[i] = v }

//go:noinline
func (l L) Get(i int) int { return l[i] }

//go:noinline
func build(n int) L {
	var s L
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	s.Set(0, 9)
	return s
}

//go:noinline
func build2(n int) L {
	var s L
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Print(s.Get(0), " ")
	return s
}

// Checks growth of a slice type whose value-receiver methods write or read it.
func main() {
	fmt.Println(build(5))
	fmt.Println(build2(5))
}
