package main

import (
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph struct {
	adj map[string][]Edge
}

func (g *Graph) AddEdge(a, b string, w float64) {
	if g.adj == nil {
		g.adj = make(map[string][]Edge)
	}
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

func (g *Graph) Shortest(src string) (map[string]float64, map[string]string) {
	dist := map[string]float64{}
	prev := map[string]string{}
	for n := range g.adj {
		dist[n] = math.Inf(1)
	}
	dist[src] = 0
	done := map[string]bool{}
	for len(done) < len(g.adj) {
		best, bd := "", math.Inf(1)
		for n, d := range dist {
			if !done[n] && (d < bd || (d == bd && n < best)) {
				best, bd = n, d
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g.adj[best] {
			if nd := bd + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	var g Graph
	g.AddEdge("A", "B", 4)
	g.AddEdge("A", "C", 2)
	g.AddEdge("B", "C", 1.5)
	g.AddEdge("B", "D", 5)
	g.AddEdge("C", "D", 8)
	g.AddEdge("C", "E", 10)
	g.AddEdge("D", "E", 2)
	g.AddEdge("D", "F", 6)
	g.AddEdge("E", "F", 2.25)
	g.AddEdge("X", "Y", 1)
	dist, prev := g.Shortest("A")
	fmt.Println(dist)
	for _, n := range []string{"B", "D", "F", "Y"} {
		fmt.Printf("%s: %v via %s\n", n, dist[n], path(prev, n))
	}
	fmt.Println(len(g.adj["D"]), cap(g.adj["D"]) >= 3)
	fmt.Printf("%.2f %e %g\n", dist["F"], dist["F"], dist["Y"])
}
