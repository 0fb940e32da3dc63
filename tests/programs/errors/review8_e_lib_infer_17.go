package main

import "cmp"

func main() {
	_ = cmp.Or()
}
