package main

import "slices"

func main() {
	_ = slices.ContainsFunc([]int{}, nil, 2)
}
