package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) ([]string, map[string]int) {
	dist := map[string]int{start: 0}
	order := []string{start}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		nbrs := append([]string(nil), g[cur]...)
		sort.Strings(nbrs)
		for _, n := range nbrs {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				order = append(order, n)
				queue = append(queue, n)
			}
		}
	}
	return order, dist
}

func (g Graph) DFS(start string) []string {
	visited := map[string]bool{}
	var order []string
	var visit func(string)
	visit = func(n string) {
		if visited[n] {
			return
		}
		visited[n] = true
		order = append(order, n)
		nbrs := append([]string{}, g[n]...)
		sort.Strings(nbrs)
		for _, m := range nbrs {
			visit(m)
		}
	}
	visit(start)
	return order
}

func (g Graph) Components() [][]string {
	seen := map[string]bool{}
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var comps [][]string
	for _, k := range keys {
		if seen[k] {
			continue
		}
		c := g.DFS(k)
		for _, n := range c {
			seen[n] = true
		}
		sort.Strings(c)
		comps = append(comps, c)
	}
	return comps
}

func main() {
	g := Graph{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}, {"e", "f"}, {"z", "z"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	order, dist := g.BFS("a")
	fmt.Println("BFS:", order)
	fmt.Println("dist:", dist)
	fmt.Println("DFS:", g.DFS("a"))
	fmt.Println("DFS from f:", g.DFS("f"))
	comps := g.Components()
	fmt.Println(len(comps), comps)
	fmt.Printf("%v\n", g["z"])
	fmt.Printf("%q\n", comps[1])
}
