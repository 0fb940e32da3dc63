package main

import "slices"

var f = slices.Reverse

func main() { _ = f }
