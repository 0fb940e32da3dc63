package main

import (
	"fmt"
	"sort"
)

// Checks capacity of a local slice sorted in place with sort.Ints.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, 5-i)
		fmt.Print(cap(s), " ")
	}
	sort.Ints(s)
	_ = s
	fmt.Println(s[0])
}
