package main

import "maps"

func main() {
	_ = maps.All(nil)
}
