package main

import "fmt"

func signs(xs []int) []int {
	var out []int
	for _, x := range xs {
		if x < 0 {
			out = append(out, -1)
		} else {
			out = append(out, 1)
		}
	}
	return out
}

func main() {
	for _, xs := range [][]int{{5}, {-5}, {1, -1, 1}, {-1, 1, -1}, {1, 2}, {-1, -2}} {
		s := signs(xs)
		fmt.Println(xs, len(s), cap(s))
	}
}
