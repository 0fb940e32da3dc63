package main

import "strings"

func main() {
	xs := []string{"a", "b"}
	_ = strings.Repeat(xs...)
}
