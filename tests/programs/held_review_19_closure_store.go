package main

import "fmt"

func main() {
	dp := make([][]int, 2)
	push := func(i, v int) {
		dp[i] = append(dp[i], v)
	}
	push(0, 1)
	push(0, 2)
	push(0, 3)
	push(1, 4)
	fmt.Println(cap(dp[0]), cap(dp[1]))
}
