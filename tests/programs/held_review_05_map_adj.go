package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[int][]int
}

func (g *Graph) add(u, v int) {
	g.adj[u] = append(g.adj[u], v)
	g.adj[v] = append(g.adj[v], u)
}

func main() {
	g := &Graph{adj: map[int][]int{}}
	edges := [][2]int{{1, 2}, {1, 3}, {2, 3}, {3, 4}, {1, 5}, {1, 6}}
	for _, e := range edges {
		g.add(e[0], e[1])
	}
	keys := []int{}
	for k := range g.adj {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, g.adj[k], len(g.adj[k]), cap(g.adj[k]))
	}
}
