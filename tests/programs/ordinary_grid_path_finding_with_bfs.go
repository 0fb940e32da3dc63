// Grid path finding with BFS
package main

import (
	"fmt"
	"strings"
)

type P struct{ R, C int }

var maze = []string{
	"S.#.......",
	".##.####..",
	"....#..#..",
	"##.##.##.#",
	"...#...#..",
	".#...#...E",
}

func bfs(grid []string) (int, []P) {
	var start, end P
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = P{r, c}
			case 'E':
				end = P{r, c}
			}
		}
	}
	dist := map[P]int{start: 0}
	prev := map[P]P{}
	queue := []P{start}
	dirs := []P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := P{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) {
				continue
			}
			if grid[n.R][n.C] == '#' {
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
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	path := []P{end}
	for p := end; p != start; {
		p = prev[p]
		path = append([]P{p}, path...)
	}
	return d, path
}

func main() {
	d, path := bfs(maze)
	fmt.Println("shortest distance:", d)
	canvas := make([][]byte, len(maze))
	for i, row := range maze {
		canvas[i] = []byte(row)
	}
	for _, p := range path[1 : len(path)-1] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	fmt.Println(path[:3], len(path))
	fmt.Println(strings.Count(string(canvas[0]), "*"))
}
