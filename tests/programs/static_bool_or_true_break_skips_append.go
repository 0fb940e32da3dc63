package main

import (
	"fmt"
	"os"
)

func main() {
	x := len(os.Args) > 100
	var s []int
	for i := 0; i < 1; i++ {
		if x || true {
			break
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}
