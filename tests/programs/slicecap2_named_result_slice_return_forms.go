package main

import "fmt"

//go:noinline
func f(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	return nil
}

//go:noinline
func g(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	if n > 10 {
		return
	}
	return
}

//go:noinline
func h(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	if n > 10 {
		return nil
	}
	return s
}

// Checks cap growth of named result slices returned as nil, by bare return and explicitly.
func main() {
	fmt.Println(len(f(5)), len(g(5)), len(h(5)))
}
