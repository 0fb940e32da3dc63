package main

import (
	"fmt"
	"os"
	"sync"
)

const debug = false

var nargs = len(os.Args)

var wg sync.WaitGroup

func mk() func() {
	return func() {
		var s []int
		s = append(s, 1)
		if debug || nargs < 0 && debug {
			fmt.Println(s)
		}
		fmt.Println(len(s), cap(s))
	}
}

func main() {
	mk()()
	wg.Wait()
}
