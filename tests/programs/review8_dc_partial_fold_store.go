package main

import (
	"fmt"
	"os"
)

const debug = false

var keep [][]int

func store(s []int) bool {
	keep = append(keep, s)
	return true
}

func main() {
	var s []int
	s = append(s, 1)
	if len(os.Args) > 5 || debug && store(s) {
		fmt.Println("x")
	}
	fmt.Println(len(s), cap(s), len(keep))
}
