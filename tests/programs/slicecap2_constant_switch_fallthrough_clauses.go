package main

import (
	"fmt"
	"os"
)

// Checks constant-tag switches with fallthrough from the matching clause and with no matching clause.
func main() {
	n := len(os.Args)
	var s []int
	switch 1 {
	case 1:
		if n > 100 {
			s = append(s, 9)
		}
		fallthrough
	case 2:
		s = append(s, 1)
	}
	fmt.Println(len(s), cap(s))
	var t []int
	switch 3 {
	case 1:
		t = append(t, 1)
		fallthrough
	case 2:
		t = append(t, 2)
	}
	t = append(t, 3)
	fmt.Println(len(t), cap(t))
}
