package main

import (
	"fmt"
	"sort"
)

// Checks capacity of a local string slice sorted in place with sort.Strings.
func main() {
	var s []string
	for i := 0; i < 3; i++ {
		s = append(s, fmt.Sprint(3-i))
		fmt.Print(cap(s), " ")
	}
	sort.Strings(s)
	_ = s
	fmt.Println(s[0])
}
