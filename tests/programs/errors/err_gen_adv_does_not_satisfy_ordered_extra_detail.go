package main

import "slices"

func main() {
	s := []any{1, 2}
	slices.Sort(s)
}
