package main

import "fmt"

func main() {
	dp := make([][]int, 4)
	for i := range dp {
		row := make([]int, 0, 2)
		for j := 0; j <= i; j++ {
			row = append(row, j)
		}
		dp[i] = row
	}
	for i := range dp {
		fmt.Println(i, len(dp[i]), cap(dp[i]))
	}
}
