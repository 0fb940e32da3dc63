package main

import "maps"

func main() { _ = maps.Keys(nil) }
