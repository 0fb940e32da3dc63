// Conway's Game of Life
package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	cells := make([][]bool, h)
	for i := range cells {
		cells[i] = make([]bool, w)
	}
	return &Grid{w: w, h: h, cells: cells}
}

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.Alive(x, y)
			next.cells[y][x] = n == 3 || (alive && n == 2)
		}
	}
	return next
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := NewGrid(10, 8)
	// glider
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		g.cells[p[1]][p[0]] = true
	}
	// blinker
	g.cells[5][6], g.cells[5][7], g.cells[5][8] = true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("Generation %d:\n%s", gen, g)
		g = g.Step()
	}
	count := 0
	for i := 0; i < 30; i++ {
		g = g.Step()
	}
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				count++
			}
		}
	}
	fmt.Println("alive after 34 generations:", count)
}
