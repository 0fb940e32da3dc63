package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[string][]string
}

func (g *Graph) AddEdge(a, b string) {
	if g.adj == nil {
		g.adj = map[string][]string{}
	}
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) RemoveEdge(a, b string) {
	g.adj[a] = remove(g.adj[a], b)
	g.adj[b] = remove(g.adj[b], a)
}

func remove(s []string, x string) []string {
	for i, v := range s {
		if v == x {
			return append(s[:i], s[i+1:]...)
		}
	}
	return s
}

func (g *Graph) Nodes() []string {
	ns := make([]string, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nb := append([]string(nil), g.adj[n]...)
		sort.Strings(nb)
		for _, m := range nb {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func main() {
	g := &Graph{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"e", "f"}, {"c", "f"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	for _, n := range g.Nodes() {
		fmt.Printf("%s -> %v len=%d cap=%d\n", n, g.adj[n], len(g.adj[n]), cap(g.adj[n]))
	}
	fmt.Println("bfs a:", g.BFS("a"))
	g.RemoveEdge("c", "d")
	g.RemoveEdge("a", "c")
	fmt.Println("after removals:")
	for _, n := range g.Nodes() {
		fmt.Printf("%s -> %v len=%d cap=%d\n", n, g.adj[n], len(g.adj[n]), cap(g.adj[n]))
	}
	fmt.Println("bfs a:", g.BFS("a"))
	fmt.Println("bfs f:", g.BFS("f"))
	deg := map[int][]string{}
	for _, n := range g.Nodes() {
		d := len(g.adj[n])
		deg[d] = append(deg[d], n)
	}
	for d := 0; d <= 3; d++ {
		fmt.Println("degree", d, deg[d])
	}
}
