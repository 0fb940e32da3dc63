package main

import (
	"fmt"
)

type T struct {
	items []int8
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{items: make([]int8, 1)})
		p := &s[i].items[0]
		*p = int8(i)
	}
	return s
}

func main() {
	for n := 0; n < 5; n++ {
		s := build(n)
		fmt.Print(n, len(s), cap(s))
		for _, t := range s {
			fmt.Print(" ", t.items)
		}
		fmt.Println()
	}
}
