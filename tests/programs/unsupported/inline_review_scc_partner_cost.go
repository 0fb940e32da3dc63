package main

import "fmt"

func g(n int, s []int) int {
	if n <= 0 {
		return len(s)
	}
	return f(n-1, s) + n
}

func f(n int, s []int) int {
	if n > 100 {
		return g(n-1, s)
	}
	return n
}

//go:noinline
func h(n int) int {
	var s []int
	s = append(s, n)
	s = append(s, n+1)
	x := f(n, s)
	return x*100 + cap(s)
}

func main() {
	fmt.Println(h(1))
}
