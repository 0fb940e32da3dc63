package main

import (
	"fmt"
	"strings"
)

type J string

func (j J) Join(s []string) string { return strings.Join(s, string(j)) }

type Joiner interface{ Join([]string) string }

//go:noinline
func Both[T Joiner](j T, a string) (string, int) {
	var s []string
	s = append(s, a)
	return j.Join(s), cap(s)
}

func main() {
	fmt.Println(Both(J(","), "a"))
}
