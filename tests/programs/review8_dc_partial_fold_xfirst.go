package main

import (
	"fmt"
	"os"
)

var keep [][]int

func store(s []int) bool {
	keep = append(keep, s)
	return true
}

func main() {
	var s []int
	s = append(s, 1)
	if false && store(s) || len(os.Args) > 5 {
		fmt.Println("x")
	}
	fmt.Println(len(s), cap(s), len(keep))
}
