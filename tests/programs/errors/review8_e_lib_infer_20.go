package main

import "slices"

func main() {
	_ = slices.EqualFunc(nil, nil, nil)
}
