package main

import "fmt"

type Graph struct {
	adj map[string][]string
}

func (g *Graph) Add(a, b string) {
	g.adj[a] = append(g.adj[a], b)
}

func build(n int) [][]int {
	var rows [][]int
	for i := 0; i < n; i++ {
		var row []int
		for j := 0; j <= i; j++ {
			row = append(row, j)
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	dp := make([][]int, 3)
	for i := range dp {
		dp[i] = make([]int, 5)
	}
	fmt.Println(len(dp[0]), cap(dp[0]))
	g := &Graph{adj: map[string][]string{}}
	for _, s := range []string{"b", "c", "d"} {
		g.Add("a", s)
	}
	fmt.Println(len(g.adj["a"]), cap(g.adj["a"]))
	r := build(6)
	for i := range r {
		fmt.Println(len(r[i]), cap(r[i]))
	}
	var a []int
	for i := 0; i < 3; i++ {
		a = append(a, i)
	}
	d2 := [][]int{a}
	fmt.Println(cap(d2[0]))
	m := map[int][]int{}
	m[1] = append(m[1], 1, 2, 3)
	m[1] = append(m[1], 4)
	fmt.Println(cap(m[1]))
}
