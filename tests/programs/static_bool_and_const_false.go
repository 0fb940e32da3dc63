package main

import (
	"fmt"
	"os"
)

const debug = false

func main() {
	var s []int
	s = append(s, 7)
	if debug && len(os.Args) > 5 {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}
