package main

import "slices"

func one() []int { return nil }

func main() { _ = slices.Contains(one()) }
