package main

import (
	"fmt"
	"os"
)

const debug = false

func main() {
	var s []int
	s = append(s, 1)
	n := 0
	for !debug || fmt.Sprint(s) == "" {
		n++
		if n == 2 || len(os.Args) > 100 {
			break
		}
	}
	fmt.Println(len(s), cap(s), n)
}
