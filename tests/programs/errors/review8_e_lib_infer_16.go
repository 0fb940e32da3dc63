package main

import "maps"

func main() {
	_ = maps.Values(nil)
}
