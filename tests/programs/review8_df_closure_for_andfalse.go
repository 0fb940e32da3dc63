package main

import (
	"fmt"
	"os"
	"sync"
)

const debug = false

var nargs = len(os.Args)

var wg sync.WaitGroup



func main() {
	f := func() {
		var s []int
		s = append(s, 1)
		for nargs > 0 && debug {
			fmt.Println(s)
		}
		fmt.Println(len(s), cap(s))
	}
	f()
	wg.Wait()
}
