package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Grid [H][W]bool

func (g *Grid) Set(pts ...[2]int) {
	for _, p := range pts {
		g[p[1]][p[0]] = true
	}
}

func (g Grid) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+W)%W, (y+dy+H)%H
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := range H {
		for x := range W {
			n := g.neighbors(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
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

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	var g Grid
	g.Set([2]int{1, 0}, [2]int{2, 1}, [2]int{0, 2}, [2]int{1, 2}, [2]int{2, 2})
	g.Set([2]int{7, 5}, [2]int{7, 6}, [2]int{7, 7})
	start := g
	for gen := 0; gen < 5; gen++ {
		fmt.Printf("gen %d alive=%d\n%v", gen, g.Alive(), g)
		g = g.Step()
	}
	for range 35 {
		g = g.Step()
	}
	fmt.Println("after 40:", g.Alive(), g == start)
	fmt.Print(g)
}
