package main

import "fmt"

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func Of[T any](xs ...T) []T { return xs }

func main() {
	d := Of(build(3), build(5))
	for _, r := range d {
		fmt.Println(len(r), cap(r))
	}
}
