package main

import "fmt"

func Grow[T any](x T, n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, x)
	}
	return s
}

func main() {
	a := Grow([2]byte{1, 2}, 3)
	b := Grow([5]int64{}, 1)
	c := Grow([0]int{}, 2)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
}
