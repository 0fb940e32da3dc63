package main

import "fmt"

type Graph map[string]map[string]int

func (g Graph) AddEdge(from, to string, w int) {
	if g[from] == nil {
		g[from] = map[string]int{}
	}
	g[from][to] = w
	if g[to] == nil {
		g[to] = map[string]int{}
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (g Graph) Nodes() []string {
	var out []string
	for n := range g {
		out = append(out, n)
	}
	sortStrings(out)
	return out
}

// Shortest paths by repeated relaxation (Bellman-Ford), order-independent result.
func (g Graph) Dist(src string) map[string]int {
	const inf = 1 << 60
	d := map[string]int{}
	for n := range g {
		d[n] = inf
	}
	d[src] = 0
	for range len(g) {
		for u, edges := range g {
			if d[u] == inf {
				continue
			}
			for v, w := range edges {
				if d[u]+w < d[v] {
					d[v] = d[u] + w
				}
			}
		}
	}
	for n, v := range d {
		if v == inf {
			d[n] = -1
		}
	}
	return d
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b", 4)
	g.AddEdge("a", "c", 1)
	g.AddEdge("c", "b", 2)
	g.AddEdge("b", "d", 5)
	g.AddEdge("c", "d", 8)
	g.AddEdge("e", "a", 1)
	fmt.Println(g)
	fmt.Println(g.Nodes())
	fmt.Println(g.Dist("a"))
	fmt.Println(g.Dist("e"))

	// Out- and in-degrees.
	in := map[string]int{}
	for _, edges := range g {
		for to := range edges {
			in[to]++
		}
	}
	for _, n := range g.Nodes() {
		fmt.Printf("%s out=%d in=%d\n", n, len(g[n]), in[n])
	}

	// Deleting inner entries and whole inner maps.
	delete(g["a"], "b")
	delete(g, "e")
	fmt.Println(g, len(g))

	// Three levels deep, created on demand.
	inv := map[string]map[int]map[bool]int{}
	add := func(s string, i int, b bool) {
		if inv[s] == nil {
			inv[s] = map[int]map[bool]int{}
		}
		if inv[s][i] == nil {
			inv[s][i] = map[bool]int{}
		}
		inv[s][i][b]++
	}
	for i := range 10 {
		add(fmt.Sprint("k", i%3), i%2, i > 4)
	}
	fmt.Println(inv)
	fmt.Println(inv["k1"][1][false], inv["zz"][0][true])

	// Copying a map of maps shallowly shares the inner maps.
	cp := map[string]map[string]int{}
	for k, v := range g {
		cp[k] = v
	}
	cp["a"]["z"] = 26
	fmt.Println(g["a"]["z"], len(cp) == len(g))
}
