package main

import "fmt"

type Node struct {
	Val  int
	Kids []Node
}

type Tree struct {
	L, R *Tree
	V    int
}

type M map[string]M

type List []List

type Expr struct {
	Op   string
	Args []Expr
	Attr map[string]Expr
}

type G [2][]G

func main() {
	n := Node{1, []Node{{2, nil}, {3, []Node{{4, nil}}}}}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", n)
	fmt.Printf("%v %d\n", n.Kids, n.Kids)
	t := &Tree{V: 1, L: &Tree{V: 2}}
	fmt.Println(t.L != nil, t.R == nil, t.L.V)
	m := M{"a": M{"b": nil, "c": M{}}}
	fmt.Println(m, len(m))
	fmt.Printf("%T %v %#v\n", m, m["a"]["c"], m["x"])
	l := List{List{}, List{List{nil}}, nil}
	fmt.Println(l, len(l))
	fmt.Printf("%#v\n", l)
	e := Expr{"+", []Expr{{Op: "1"}, {Op: "x", Attr: map[string]Expr{"k": {Op: "v"}}}}, nil}
	fmt.Printf("%v\n%+v\n", e, e)
	var g G
	g[1] = []G{{}, {nil, []G{{}}}}
	fmt.Println(g)
	var a any = n
	fmt.Println(a)
	fmt.Println([]any{n, m, l})
}
