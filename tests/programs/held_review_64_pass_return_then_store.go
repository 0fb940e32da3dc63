package main

import "fmt"

func mk(n int) []int {
	var row []int
	for j := 0; j < n; j++ {
		row = append(row, j)
	}
	return row
}

func main() {
	dp := make([][]int, 6)
	for i := range dp {
		dp[i] = mk(i)
	}
	for i := range dp {
		fmt.Println(i, cap(dp[i]))
	}
}
