package main

import "fmt"

func main() {
	dp := make([][]int, 3)
	for i := range dp {
		for j := 0; j <= i; j++ {
			dp[i] = append(dp[i], i*j)
		}
	}
	for i, row := range dp {
		fmt.Println(i, row, len(row), cap(row))
	}
	row := dp[0]
	row = append(row, 9)
	row[0] = 100
	fmt.Println(dp[0], row, cap(row))
}
