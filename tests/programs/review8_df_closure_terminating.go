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
		fmt.Println(len(s), cap(s))
		if nargs > 0 || true {
			return
		}
		fmt.Println(s)
	}
	f()
	wg.Wait()
}
