// Filtering in place and removing duplicates
package main

import (
	"fmt"
	"slices"
)

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func dedupe(s []string) []string {
	seen := make(map[string]bool)
	result := []string{}
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			result = append(result, v)
		}
	}
	return result
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := filterInPlace(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens, len(evens), cap(evens))
	fmt.Println("nums (backing array reused):", nums)

	words := []string{"go", "rust", "go", "c", "rust", "zig", "go"}
	fmt.Println(dedupe(words))

	sorted := slices.Clone(words)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	fmt.Println(sorted, len(sorted))

	data := []int{5, 3, 8, 3, 1}
	data = slices.DeleteFunc(data, func(n int) bool { return n == 3 })
	fmt.Println(data)
	idx := slices.Index(data, 8)
	fmt.Println("index of 8:", idx, slices.Contains(data, 1))
	data = slices.Insert(data, 1, 42, 43)
	fmt.Println(data)
	data = slices.Delete(data, 0, 2)
	fmt.Println(data)
	fmt.Println(slices.Equal(data, []int{43, 8, 1}))
}
