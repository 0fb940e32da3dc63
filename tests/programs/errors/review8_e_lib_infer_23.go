package main

import "slices"

func main() {
	_ = slices.MaxFunc(nil, nil)
}
