package main

import "slices"

func main() {
	fs := []any{slices.Max, 1}
	_ = fs
}
