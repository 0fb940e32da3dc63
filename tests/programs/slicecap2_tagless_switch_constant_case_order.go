package main

import (
	"fmt"
	"os"
)

// Checks tagless switches mixing constant and non-constant cases before the matching true case.
func main() {
	n := len(os.Args)
	var s []int
	switch {
	case false:
		s = append(s, 1)
	case true:
		s = append(s, 2)
	case n > 5:
		s = append(s, 3)
	}
	fmt.Println(len(s), cap(s))
	var t []int
	switch {
	case n > 100:
		t = append(t, 1)
	case true:
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
}
