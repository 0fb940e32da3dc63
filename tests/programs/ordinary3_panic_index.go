package main

import "fmt"

type Grid struct {
	W, H  int
	Cells []byte
}

func NewGrid(w, h int) *Grid {
	g := &Grid{W: w, H: h, Cells: make([]byte, w*h)}
	for i := range g.Cells {
		g.Cells[i] = '.'
	}
	return g
}

func (g *Grid) Set(x, y int, c byte) {
	g.Cells[y*g.W+x] = c
}

func (g *Grid) Row(y int) string {
	return string(g.Cells[y*g.W : (y+1)*g.W])
}

func main() {
	g := NewGrid(5, 3)
	fmt.Println("cells len", len(g.Cells), "cap", cap(g.Cells))
	path := [][2]int{{0, 0}, {1, 1}, {2, 2}, {3, 1}, {4, 0}}
	for _, p := range path {
		g.Set(p[0], p[1], '#')
	}
	for y := 0; y < g.H; y++ {
		fmt.Println(g.Row(y))
	}
	moves := []int{1, 1, 1, 1}
	x, y := 2, 0
	defer fmt.Println("deferred print runs before crash report")
	for i, dy := range moves {
		y += dy
		fmt.Printf("step %d: setting (%d,%d)\n", i, x, y)
		g.Set(x, y*2, '*')
	}
	fmt.Println("unreachable")
}
