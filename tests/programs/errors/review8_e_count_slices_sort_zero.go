package main

import "slices"

func main() { slices.Sort() }
