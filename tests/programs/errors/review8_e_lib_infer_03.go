package main

import "slices"

func main() {
	_ = slices.All(nil)
}
