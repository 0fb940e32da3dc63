package main

import "maps"

func main() {
	maps.Insert(nil, nil)
}
