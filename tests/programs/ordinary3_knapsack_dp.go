package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func Knapsack(items []Item, cap_ int) (int, []Item) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, cap_+1)
	}
	for i := 1; i <= len(items); i++ {
		it := items[i-1]
		for w := 0; w <= cap_; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []Item
	w := cap_
	for i := len(items); i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	fmt.Printf("dp table %dx%d, row cap %d\n", len(dp), len(dp[0]), cap(dp[0]))
	return dp[len(items)][cap_], chosen
}

func LCS(a, b string) string {
	m := make([][]int, len(a)+1)
	for i := range m {
		m[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				m[i][j] = 1 + m[i+1][j+1]
			} else {
				m[i][j] = max(m[i+1][j], m[i][j+1])
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
		case m[i+1][j] >= m[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func main() {
	items := []Item{{"tent", 5, 60}, {"stove", 3, 50}, {"food", 4, 70}, {"camera", 2, 30}, {"book", 1, 10}, {"rope", 2, 15}}
	for _, c := range []int{0, 5, 10, 17} {
		best, chosen := Knapsack(items, c)
		names := make([]string, 0, len(chosen))
		for _, it := range chosen {
			names = append(names, it.Name)
		}
		fmt.Printf("cap %2d -> value %3d with %v (len=%d cap=%d)\n", c, best, names, len(chosen), cap(chosen))
	}
	pairs := [][2]string{{"ABCBDAB", "BDCABA"}, {"gopher", "golang"}, {"", "abc"}, {"kitten", "sitting"}}
	for _, p := range pairs {
		fmt.Printf("LCS(%s,%s) = %q\n", p[0], p[1], LCS(p[0], p[1]))
	}
}
