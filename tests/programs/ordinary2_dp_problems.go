package main

import (
	"fmt"
	"strings"
)

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if weights[i-1] <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-weights[i-1]]+values[i-1])
			}
		}
	}
	var chosen []int
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, i-1)
			w -= weights[i-1]
		}
	}
	return dp[n][capacity], chosen
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func coinChange(coins []int, amount int) (int, map[int]int) {
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = -1
		for _, c := range coins {
			if c <= i && dp[i-c] >= 0 && (dp[i] < 0 || dp[i-c]+1 < dp[i]) {
				dp[i] = dp[i-c] + 1
				from[i] = c
			}
		}
	}
	used := map[int]int{}
	if dp[amount] > 0 {
		for a := amount; a > 0; a -= from[a] {
			used[from[a]]++
		}
	}
	return dp[amount], used
}

func main() {
	best, items := knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7)
	fmt.Println("knapsack", best, items)
	for _, p := range [][2]string{{"ABCBDAB", "BDCABA"}, {"kitten", "sitting"}, {"", "abc"}, {"flaw", "lawn"}} {
		fmt.Printf("%q %q lcs=%q dist=%d\n", p[0], p[1], lcs(p[0], p[1]), editDistance(p[0], p[1]))
	}
	for _, amt := range []int{0, 11, 3, 63, 7} {
		n, used := coinChange([]int{1, 5, 10, 25}, amt)
		fmt.Println(amt, n, used)
	}
	n, used := coinChange([]int{4, 6}, 7)
	fmt.Println(n, used, len(used))
}
