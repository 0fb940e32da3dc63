package main

import (
	"fmt"
	"slices"
	"strings"
)

type Sample struct {
	Name   string
	Values []int
}

func peak(s Sample) int {
	return slices.Max(s.Values)
}

func main() {
	samples := []Sample{
		{"alpha", []int{3, 9, 2}},
		{"beta", []int{-4, -1}},
		{"gamma", nil},
		{"delta", []int{7}},
	}
	for _, s := range samples {
		fmt.Printf("%-6s peak=%d %s\n", s.Name, peak(s), strings.Repeat("#", len(s.Values)))
	}
	fmt.Println("done")
}
