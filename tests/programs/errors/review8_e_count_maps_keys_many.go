package main

import "maps"

func main() { _ = maps.Keys(map[int]int{}, 1) }
