package main

import (
	"fmt"
	"strconv"
)

type T struct {
	v   int64
	bad bool
}

//go:noinline
func build(words []string) []T {
	var s []T
	var err error
	for i, w := range words {
		s = append(s, T{})
		s[i].v, err = strconv.ParseInt(w, 10, 64)
		s[i].bad = err != nil
	}
	return s
}

func main() {
	words := []string{"1", "x", "3", "44"}
	for n := 0; n <= len(words); n++ {
		s := build(words[:n])
		fmt.Println(n, len(s), cap(s), s)
	}
}
