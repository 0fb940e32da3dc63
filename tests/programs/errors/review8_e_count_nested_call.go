package main

import (
	"slices"
	"strings"
)

func main() {
	_ = slices.Contains(strings.Fields("a b"), strings.ToUpper("a", "b"))
}
