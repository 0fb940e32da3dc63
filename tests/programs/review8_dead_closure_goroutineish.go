package main

import (
	"fmt"
	"os"
)

const debug = false

var nargs = len(os.Args)

func run(f func()) { f() }

func main() {
	run(func() {
		var s []int
		s = append(s, 1)
		if debug && nargs > 3 {
			fmt.Println(s)
		}
		fmt.Println(len(s), cap(s))
	})
}
