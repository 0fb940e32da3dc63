package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func (g *Graph) Link(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

// remove drops x from s in place (s's storage, s's capacity).
func remove(s []string, x string) []string {
	for i, v := range s {
		if v == x {
			return append(s[:i], s[i+1:]...)
		}
	}
	return s
}

func (g *Graph) Unlink(a, b string) {
	g.adj[a] = remove(g.adj[a], b)
	g.adj[b] = remove(g.adj[b], a)
}

// squares grows a slice in a loop and returns it (gc moves it to the heap on return).
func squares(n int) []int {
	var out []int
	for i := 1; i <= n; i++ {
		out = append(out, i*i)
		if i%7 == 0 {
			fmt.Print("")
		}
	}
	return out
}

// row makes a fresh row, or none.
func row(n int) []int {
	if n == 0 {
		return nil
	}
	return make([]int, n, n+1)
}

type Table struct {
	rows [][]int
}

func main() {
	g := &Graph{adj: map[string][]string{}}
	for _, e := range strings.Fields("a-b a-c a-d b-c c-d d-e a-e") {
		g.Link(e[:1], e[2:])
	}
	g.Unlink("a", "c")
	g.Unlink("d", "e")
	names := make([]string, 0, len(g.adj))
	for n := range g.adj {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, g.adj[n], len(g.adj[n]), cap(g.adj[n]))
	}

	t := Table{rows: make([][]int, 5)}
	for i := range t.rows {
		if i%2 == 0 {
			t.rows[i] = squares(i * 3)
		} else {
			t.rows[i] = row(i - 1)
		}
	}
	for i, r := range t.rows {
		fmt.Println(i, r, len(r), cap(r))
	}
	byLen := map[int][]int{}
	for _, n := range []int{1, 4, 9, 12} {
		byLen[n] = squares(n)
	}
	for _, n := range []int{1, 4, 9, 12} {
		fmt.Println(n, len(byLen[n]), cap(byLen[n]))
	}
}
