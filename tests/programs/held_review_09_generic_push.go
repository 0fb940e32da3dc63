package main

import "fmt"

func Push[T any](s [][]T, x []T) [][]T { return append(s, x) }

func main() {
	var s [][]int
	for i := 0; i < 3; i++ {
		var r []int
		r = append(r, i)
		s = Push(s, r)
	}
	for _, r := range s {
		fmt.Print(cap(r), " ")
	}
	fmt.Println()
	r := s[0]
	r = append(r, 7)
	r[0] = 70
	fmt.Println(s[0][0], r[0])
}
