package main

import (
	"fmt"
	"os"
)

const debug = false

var nargs = len(os.Args)

func main() {
	x := nargs > 100
	var s []int
	n := 0
top:
	if x || true {
		n++
		if n < 3 {
			goto top
		}
		goto out
	}
	s = append(s, 1)
out:
	s = append(s, 2)
	fmt.Println(len(s), cap(s), x)
}
