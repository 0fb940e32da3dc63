package main

import "slices"

func main() { _ = slices.Index(nil, 1) }
