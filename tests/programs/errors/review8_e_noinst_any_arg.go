package main

import "slices"

func take(v any) {}

func main() { take(slices.Equal) }
