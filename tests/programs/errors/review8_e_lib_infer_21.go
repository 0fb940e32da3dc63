package main

import "slices"

func main() {
	_ = slices.Compact(nil)
}
