package main

import "fmt"

type Index map[string][]int
type Lines []int

type Postings map[string]Lines

func (ix Index) Add(w string, n int) {
	lines := ix[w]
	ix[w] = append(lines, n)
}

func main() {
	ix := Index{}
	for n, w := range []string{"a", "b", "a", "c", "a", "b"} {
		ix.Add(w, n)
	}
	fmt.Println(ix["a"], cap(ix["a"]), ix["b"], cap(ix["b"]), cap(ix["c"]))
	p := Postings{}
	for n, w := range []string{"x", "x", "y", "x", "x", "x"} {
		l := p[w]
		p[w] = append(l, n)
	}
	fmt.Println(p["x"], cap(p["x"]), cap(p["y"]))
}
