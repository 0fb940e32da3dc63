package main

import "strings"

func main() {
	_ = strings.Join(
		[]string{"a"},
		",",
		"extra",
	)
}
