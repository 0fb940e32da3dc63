package main

import "fmt"

type G struct{ n int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.n) }

type GP struct{}

func (*GP) GoString() string { return "GP!" }

func main() {
	g := G{3}
	fmt.Printf("[%#v][%#10v][%#-10v][%#.2v][%#010v]\n", g, g, g, g, g)
	fmt.Printf("[%#v][%#v]\n", []G{{1}, {2}}, struct{ X G }{G{4}})
	fmt.Printf("[%#v][%#v][%v]\n", &GP{}, GP{}, &GP{})
	fmt.Printf("[%#v]\n", map[string]G{"a": {5}})
	fmt.Printf("[%#6v]\n", []any{G{6}, nil, 3})
}
