package main

import "fmt"

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]bool

func main() {
	fmt.Println(Index([][]int{{1}}, []int{1}))
	var s Set[func()]
	fmt.Println(len(s))
}
