package main

import "fmt"

func main() {
	dp := make([][]int, 5)
	for s := []int(nil); len(s) < 5; s = append(s, len(s)) {
		dp[len(s)] = s
	}
	for _, r := range dp {
		fmt.Print(len(r), ":", cap(r), " ")
	}
	fmt.Println()
	dp2 := make([][]int, 5)
	for s := []int(nil); len(s) < 4; s = append(s, len(s)) {
		s = append(s, 100)
		dp2[len(s)] = s
	}
	for _, r := range dp2 {
		fmt.Print(len(r), ":", cap(r), " ")
	}
	fmt.Println()
}
