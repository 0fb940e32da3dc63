package main

import "fmt"

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func Set[T any](s []T, i int, v T) { s[i] = v }

func main() {
	dp := make([][]int, 2)
	Set(dp, 0, build(3))
	dp[1] = make([]int, 2)
	fmt.Println(len(dp[0]), cap(dp[0]), cap(dp[1]))
}
