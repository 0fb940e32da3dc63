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
	wg.Add(1)
	go func() {
		defer wg.Done()
		var s []int
		s = append(s, 1)
		if nargs > 3 && debug {
			fmt.Println(s)
		}
		fmt.Println(len(s), cap(s))
	}()
	wg.Wait()
}
