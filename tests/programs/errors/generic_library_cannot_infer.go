package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	// Nothing gives E: gc names where its own library declares it.
	fmt.Println(slices.Collect(nil))
	fmt.Println(maps.Keys(nil))
	var xs []int
	fmt.Println(slices.Contains(nil, xs))
}
