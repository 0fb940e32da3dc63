package main

import (
	"fmt"
	"os"
)

const debug = false

var nargs = len(os.Args)



func main() {
	for i := 0; i < 2; i++ {
		func() {
			var s []int
			s = append(s, i)
			if nargs > 3 && debug {
				fmt.Println(s)
			}
			fmt.Println(len(s), cap(s))
		}()
	}
}
