package main

import "fmt"

type Item struct {
	Name   string
	W, V   int
}

func knapsack(items []Item, capW int) (int, []int) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capW+1)
	}
	for i := 1; i <= n; i++ {
		for w := 0; w <= capW; w++ {
			dp[i][w] = dp[i-1][w]
			if it := items[i-1]; it.W <= w && dp[i-1][w-it.W]+it.V > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.W] + it.V
			}
		}
	}
	var chosen []int
	w := capW
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, i-1)
			w -= items[i-1].W
		}
	}
	return dp[n][capW], chosen
}

func main() {
	items := []Item{{"a", 1, 1}, {"b", 3, 4}, {"c", 4, 5}, {"d", 5, 7}, {"e", 2, 3}}
	for _, c := range []int{0, 2, 4, 7, 10, 15} {
		best, chosen := knapsack(items, c)
		fmt.Println(c, best, chosen, len(chosen), cap(chosen))
	}
}
