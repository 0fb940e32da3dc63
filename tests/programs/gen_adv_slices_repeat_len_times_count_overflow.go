package main

import (
	"fmt"
	"slices"
)

func main() {
	defer func() { fmt.Println(recover()) }()
	slices.Repeat([]int{1, 2}, 1<<62)
}
