package main

import "slices"

func main() {
	_ = slices.Backward(nil)
}
