package main

import "slices"

func main() {
	_ = slices.Grow(nil, 1)
}
