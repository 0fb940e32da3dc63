package main

import (
	"fmt"
	"os"
)

var x = len(os.Args) > 5

func main() {
	var s []int
	s = append(s, 1)
	if x || false && fmt.Sprint(s) != "" {
		fmt.Println("x")
	}
	fmt.Println(len(s), cap(s))
}
