package main

import "fmt"

// gc inlines this helper: the caller's storage, and its capacity, decide the aliasing.
func appendOne(s []int, v int) []int {
	return append(s, v)
}

func main() {
	buf := make([]int, 0, 4)
	x := appendOne(buf, 1)
	y := appendOne(buf, 2)
	fmt.Println(len(buf), x, y)
}
