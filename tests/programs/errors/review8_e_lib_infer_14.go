package main

import "slices"

func main() {
	_ = slices.SortedFunc(nil, nil)
}
