package main

import "strings"

func Id[T any](x T) T { return x }

func main() {
	m := map[string]func(string) string{"up": strings.ToUpper, "id": Id}
	_ = m
	var n = map[string]any{"id": Id}
	_ = n
}
