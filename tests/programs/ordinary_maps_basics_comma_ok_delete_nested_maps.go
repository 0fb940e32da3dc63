// Maps: basics, comma-ok, delete, nested maps
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	v1 := m["k1"]
	fmt.Println("v1:", v1)
	v3 := m["k3"]
	fmt.Println("v3:", v3)
	fmt.Println("len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	_, prs := m["k2"]
	fmt.Println("prs:", prs)
	clear(m)
	fmt.Println("cleared:", m, len(m))

	n := map[string]int{"foo": 1, "bar": 2}
	fmt.Println("map:", n)
	n2 := map[string]int{"foo": 1, "bar": 2}
	if maps.Equal(n, n2) {
		fmt.Println("n == n2")
	}

	graph := map[string]map[string]bool{}
	addEdge := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	addEdge("a", "b")
	addEdge("a", "c")
	addEdge("b", "c")
	for _, k := range slices.Sorted(maps.Keys(graph)) {
		fmt.Println(k, "->", slices.Sorted(maps.Keys(graph[k])))
	}
	fmt.Println(graph["c"]["a"], len(graph["zzz"]))

	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[key{1, 2}], grid)

	squares := map[int]int{}
	for i := 1; i <= 5; i++ {
		squares[i] = i * i
	}
	fmt.Println(squares)
	cp := maps.Clone(squares)
	delete(cp, 1)
	fmt.Println(len(squares), len(cp))
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
}
