package main

import "fmt"

func main() {
	buf := make([]int, 8)
	dp := [][]int{buf[0:2], buf[2:4], buf[4:6:6]}
	for _, r := range dp {
		fmt.Print(len(r), ":", cap(r), " ")
	}
	fmt.Println()
	dp[0] = append(dp[0], 99)
	dp[2] = append(dp[2], 77)
	dp[2][0] = 5
	fmt.Println(dp[1][0], buf[4], cap(dp[0]), cap(dp[2]))
	dp[0], dp[1] = dp[1], dp[0]
	fmt.Println(cap(dp[0]), cap(dp[1]))
}
