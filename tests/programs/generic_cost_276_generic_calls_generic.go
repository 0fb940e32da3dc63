package main

import "fmt"

func One[T any](x T) []T {
	var s []T
	s = append(s, x)
	return s
}

func Two[T any](x, y T) []T {
	s := One(x)
	s = append(s, y)
	return s
}

func Three[T any](x, y, z T) []T {
	s := Two(x, y)
	return append(s, z)
}

func main() {
	a := One(1)
	b := Two("a", "b")
	c := Three(1.5, 2.5, 3.5)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
}
