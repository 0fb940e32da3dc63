package main

import "slices"

func main() { _ = slices.Index([]int{1}, 1, 2) }
