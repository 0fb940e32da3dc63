package main

import "fmt"

func apply(f func() int) int { return f() + 1 }

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	size := func() int { return len(s) }
	keep := []func() int{size}
	fmt.Println(apply(size), keep[0](), len(s), cap(s))
	s = append(s, 9)
	fmt.Println(len(s), cap(s))
}
