package main

import "fmt"

func build(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	return r
}

func main() {
	dp := make([][]int, 2)
	dp[0] = build(3)
	m := map[int][]int{}
	m[1] = build(3)
	d := [][]int{build(3)}
	fmt.Println(cap(dp[0]), cap(m[1]), cap(d[0]))
	x := dp[0]
	x = append(x, 9)
	x[0] = 100
	fmt.Println(dp[0][0], len(x))
}
