package main

import "slices"

func main() {
	f := slices.IndexFunc[[]int]
	_ = f
	g := slices.Insert[[]string]
	_ = g
	h := slices.Collect
	_ = h
}
