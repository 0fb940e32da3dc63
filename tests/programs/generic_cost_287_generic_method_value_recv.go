package main

import "fmt"

type Vec[T any] struct{ xs []T }

func (v Vec[T]) With(x T) []T {
	var s []T
	s = append(s, v.xs...)
	s = append(s, x)
	return s
}

func (v *Vec[T]) Add(x T) []T {
	var s []T
	s = append(s, x)
	v.xs = s
	return s
}

func main() {
	var v Vec[int]
	a := v.With(1)
	b := v.Add(2)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(v.xs))
}
