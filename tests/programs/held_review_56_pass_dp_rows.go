package main

import "fmt"

func main() {
	dp := make([][]int, 7)
	for i := range dp {
		var row []int
		for j := 0; j < i; j++ {
			row = append(row, j)
		}
		dp[i] = row
	}
	for i := range dp {
		fmt.Println(i, len(dp[i]), cap(dp[i]))
	}
}
