package main

import (
	"fmt"
	"slices"
)

func removeRange(xs []int, from, to int) []int {
	fmt.Printf("delete [%d:%d] from %v\n", from, to, xs)
	return slices.Delete(xs, from, to)
}

func main() {
	xs := []int{10, 20, 30, 40, 50}
	xs = removeRange(xs, 1, 2)
	fmt.Println(xs)
	xs = removeRange(xs, 3, 3)
	fmt.Println(xs)
	xs = removeRange(xs, 3, 1)
	fmt.Println("unreachable", xs)
}
