package main

import (
	"fmt"
	"strings"
)

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#.#",
	"#.#...##..",
	"..#.#....E",
}

type pt struct{ r, c int }

func main() {
	grid := make([][]byte, len(maze))
	var start, end pt
	for r, line := range maze {
		grid[r] = []byte(line)
		if i := strings.IndexByte(line, 'S'); i >= 0 {
			start = pt{r, i}
		}
		if i := strings.IndexByte(line, 'E'); i >= 0 {
			end = pt{r, i}
		}
	}
	prev := map[pt]pt{}
	dist := map[pt]int{start: 0}
	queue := []pt{start}
	maxQ := 0
	for len(queue) > 0 {
		maxQ = max(maxQ, len(queue))
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	fmt.Println("start", start, "end", end, "dist", dist[end], "maxQ", maxQ)
	path := []pt{}
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	fmt.Println("path len", len(path))
	for _, p := range path[1:] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println(path[len(path)-3:])
}
