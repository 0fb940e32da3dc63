package main

import "slices"

func main() {
	_, _ = slices.BinarySearch(nil, 1)
}
