package main

import (
	"fmt"
	"sort"
)

func main() {
	dp := make([][]int, 40)
	for i := range dp {
		for j := 0; j < (i*7)%5+1; j++ {
			dp[i] = append(dp[i], i)
		}
		if i%3 == 0 {
			dp[i] = dp[i][:1]
		}
	}
	sort.Slice(dp, func(a, b int) bool { return len(dp[a]) < len(dp[b]) })
	for _, r := range dp {
		fmt.Print(r[0], ":", len(r), ":", cap(r), " ")
	}
	fmt.Println()
}
