package main

import (
	"fmt"
	"os"
)

const debug = false

var nargs = len(os.Args)



func main() {
	f := func(v int) {
		var s []int
		s = append(s, v)
		if nargs > 3 || !debug {
			fmt.Println(len(s), cap(s))
			return
		}
		fmt.Println(s)
	}
	f(1)
	f(2)
}
