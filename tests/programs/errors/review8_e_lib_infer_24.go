package main

import "maps"

func main() {
	_ = maps.EqualFunc(nil, nil, nil)
}
