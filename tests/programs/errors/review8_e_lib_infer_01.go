package main

import "maps"

func main() {
	_ = maps.Collect(nil)
}
