package main

import "slices"

func main() {
	_ = slices.Repeat(nil, 2)
}
