package main

import "fmt"

const on = true

var keep [][]int

func store(s []int) bool {
	keep = append(keep, s)
	return true
}

func main() {
	var s []int
	s = append(s, 1)
	n := 0
	for on || store(s) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println(len(s), cap(s), n, len(keep))
}
