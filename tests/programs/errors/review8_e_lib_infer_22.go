package main

import "slices"

func main() {
	_ = slices.Delete(nil, 0, 0)
}
