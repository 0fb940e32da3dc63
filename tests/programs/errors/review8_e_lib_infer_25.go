package main

import (
	"maps"
	"slices"
)

func main() {
	_ = slices.Collect(maps.Keys(map[int]int{}), 1)
}
