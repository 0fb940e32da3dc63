package main

import (
	"fmt"
	"sort"
)

func main() {
	var s []int
	_ = sort.Search(1, func(i int) bool { return i >= len(s) })
	s = append(s, 1)
	fmt.Println(cap(s))
}
