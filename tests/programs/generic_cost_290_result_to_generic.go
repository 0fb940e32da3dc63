package main

import "fmt"

func Make[T any](x T, n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, x)
	}
	return s
}

func Sum[T ~int](s []T) T {
	var t T
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	s := Make(2, 3)
	fmt.Println(Sum(s), len(s), cap(s))
	t := Make(4, 1)
	fmt.Println(Sum(t), len(t), cap(t))
}
