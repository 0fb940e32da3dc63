package main

import (
	"fmt"
	"slices"
)

func main() {
	var s []int
	s = append(s, 1)
	for x := range slices.Values([]int{1}) {
		_ = x + len(s)
	}
	fmt.Println(cap(s))
}
