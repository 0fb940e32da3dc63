package main

import "slices"

func main() {
	_ = slices.Chunk(nil, 2)
}
