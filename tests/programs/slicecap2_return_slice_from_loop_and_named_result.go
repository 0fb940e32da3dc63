package main

import "fmt"

//go:noinline
func f(n int) []int {
	var s []int
	for i := 0; ; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
		if len(s) >= n {
			return s
		}
	}
}

//go:noinline
func g(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	return s
}

//go:noinline
func h(n int) (r []int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	r = s
	return
}

// Checks cap growth of slices returned from inside an infinite loop, after a loop and through a named result.
func main() {
	fmt.Println(len(f(5)))
	fmt.Println(len(g(5)))
	fmt.Println(len(h(5)))
}
