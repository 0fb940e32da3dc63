package main

import "fmt"

func main() {
	n, m := 4, 5
	dp := make([][]int, n)
	for i := range dp {
		dp[i] = make([]int, m)
	}
	for i := 1; i < n; i++ {
		for j := 1; j < m; j++ {
			dp[i][j] = dp[i-1][j] + dp[i][j-1] + 1
		}
	}
	fmt.Println(dp[n-1][m-1], len(dp[0]), cap(dp[0]))
	for _, row := range dp {
		fmt.Print(cap(row), " ")
	}
	fmt.Println()
}
