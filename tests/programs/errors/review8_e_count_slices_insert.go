package main

import "slices"

func main() { _ = slices.Insert([]int{1}) }
