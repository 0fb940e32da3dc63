package main

import (
	"fmt"
	"os"
)

const debug = false

func main() {
	f := func() {
		var s []int
		s = append(s, 1)
		if len(os.Args) > 3 && debug {
			fmt.Println(s)
		}
		fmt.Println(len(s), cap(s))
	}
	f()
}
