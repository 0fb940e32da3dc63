package main

import "fmt"

type Node interface {
	Label() string
	Children() []Node
}

type Dir struct {
	name string
	kids []Node
}

type File struct {
	name string
	size int
}

func (d *Dir) Label() string    { return d.name + "/" }
func (d *Dir) Children() []Node { return d.kids }
func (f File) Label() string    { return fmt.Sprintf("%s (%d)", f.name, f.size) }
func (f File) Children() []Node { return nil }

type Sizer interface{ Size() int }

func (f File) Size() int { return f.size }

func walk(n Node, depth int, visit func(Node, int)) {
	visit(n, depth)
	for _, c := range n.Children() {
		walk(c, depth+1, visit)
	}
}

func total(n Node) int {
	sum := 0
	if s, ok := n.(Sizer); ok {
		sum += s.Size()
	}
	for _, c := range n.Children() {
		sum += total(c)
	}
	return sum
}

func find(n Node, label string) Node {
	if n.Label() == label {
		return n
	}
	for _, c := range n.Children() {
		if r := find(c, label); r != nil {
			return r
		}
	}
	return nil
}

func main() {
	src := &Dir{"src", []Node{File{"main.go", 120}, File{"util.go", 80}}}
	root := &Dir{"root", []Node{src, File{"README", 10}, &Dir{"empty", nil}}}
	walk(root, 0, func(n Node, d int) { fmt.Printf("%*s%s\n", 2*d, "", n.Label()) })
	fmt.Println("total:", total(root), "src:", total(src))
	fmt.Println("find src/:", find(root, "src/") == Node(src))
	fmt.Println("find missing:", find(root, "nope") == nil)
	if f, ok := find(root, "util.go (80)").(File); ok {
		fmt.Println("found file", f.name)
	}
	dirs, files := 0, 0
	walk(root, 0, func(n Node, _ int) {
		switch n.(type) {
		case *Dir:
			dirs++
		case File:
			files++
		}
	})
	fmt.Println("dirs", dirs, "files", files)
}
