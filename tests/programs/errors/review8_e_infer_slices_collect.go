package main

import "slices"

func main() { _ = slices.Collect(nil) }
