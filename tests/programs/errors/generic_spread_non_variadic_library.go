package main

import "slices"

func main() {
	xs := [][]int{{1}}
	_ = slices.Clone(xs...)
}
