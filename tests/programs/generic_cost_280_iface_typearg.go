package main

import (
	"errors"
	"fmt"
)

func Wrap[T any](x T) []T {
	var s []T
	s = append(s, x)
	return s
}

func main() {
	a := Wrap[error](errors.New("e"))
	b := Wrap[any](nil)
	c := Wrap[fmt.Stringer](nil)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
}
