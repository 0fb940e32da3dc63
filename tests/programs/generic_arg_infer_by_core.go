package main

import (
	"fmt"
	"slices"
)

// cmpLen compares by length; E is known only from S's core type.
func cmpLen[S ~[]E, E int | string](a, b S) int { return len(a) - len(b) }

func sortWith[T any](xs []T, f func(T, T) int) []T {
	slices.SortFunc(xs, f)
	return xs
}

func main() {
	ps := [][]int{{2, 1}, {1, 2}, {1}, {3, 0, 1}}
	slices.SortFunc(ps, slices.Compare)
	fmt.Println(ps)
	fmt.Println(sortWith([][]int{{1, 2, 3}, {4}, {5, 6}}, cmpLen))
	fmt.Println(sortWith([][]string{{"a", "b"}, {"c"}}, cmpLen))
	words := [][]string{{"b"}, {"a", "z"}, {"a"}}
	slices.SortStableFunc(words, slices.Compare)
	fmt.Println(words, slices.IsSortedFunc(words, slices.Compare))
}
