package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

// All yields the values from the head.
func (l *List) All() func(func(int) bool) {
	return func(yield func(int) bool) {
		for n := l.head; n != nil; n = n.Next {
			if !yield(n.Val) {
				return
			}
		}
	}
}

// Indexed yields positions and values.
func (l *List) Indexed() func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		i := 0
		for v := range l.All() {
			if !yield(i, v) {
				break
			}
			i++
		}
	}
}

type Grid struct {
	W, H  int
	Cells []rune
}

// Cells yields every coordinate with its cell, row by row.
func (g Grid) Each(yield func(int, rune) bool) {
	for i, c := range g.Cells {
		if !yield(i, c) {
			return
		}
	}
}

type Inventory map[string]int

func (inv Inventory) InStock() func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, name := range []string{"bolts", "nuts", "screws", "washers"} {
			if inv[name] > 0 && !yield(name) {
				return
			}
		}
	}
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println("size", l.size)
	for i, v := range l.Indexed() {
		if i == 3 {
			break
		}
		fmt.Printf("[%d]=%d ", i, v)
	}
	fmt.Println()

	g := Grid{3, 2, []rune("ab.c.d")}
	// A method value used as the iterator.
	for i, c := range g.Each {
		if c == '.' {
			continue
		}
		fmt.Printf("(%d,%d)=%c ", i%g.W, i/g.W, c)
	}
	fmt.Println()

	// A method expression, wrapped in a literal.
	each := Grid.Each
	n := 0
	for range func(y func(int, rune) bool) { each(g, y) } {
		n++
	}
	fmt.Println("cells", n)

	inv := Inventory{"bolts": 3, "nuts": 0, "screws": 12}
	for name := range inv.InStock() {
		fmt.Println(name, inv[name])
	}
}
