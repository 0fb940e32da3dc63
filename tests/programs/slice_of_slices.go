package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := 0; i < n; i++ {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func newGrid(h, w int) [][]byte {
	g := make([][]byte, h)
	for i := 0; i < h; i++ {
		g[i] = make([]byte, w)
		for j := 0; j < w; j++ {
			g[i][j] = '.'
		}
	}
	return g
}

func neighbours(g [][]byte, r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := r+dr, c+dc
			if rr >= 0 && rr < len(g) && cc >= 0 && cc < len(g[rr]) && g[rr][cc] == '#' {
				n++
			}
		}
	}
	return n
}

func step(g [][]byte) [][]byte {
	next := newGrid(len(g), len(g[0]))
	for r := 0; r < len(g); r++ {
		for c := 0; c < len(g[r]); c++ {
			n := neighbours(g, r, c)
			if n == 3 || (n == 2 && g[r][c] == '#') {
				next[r][c] = '#'
			}
		}
	}
	return next
}

func show(g [][]byte) {
	for i := 0; i < len(g); i++ {
		fmt.Println(string(g[i]))
	}
}

func main() {
	p := pascal(7)
	for i := 0; i < len(p); i++ {
		fmt.Println(p[i])
	}
	fmt.Println(len(p), len(p[6]), p[6][3])

	g := newGrid(5, 5)
	g[2][1], g[2][2], g[2][3] = '#', '#', '#'
	show(g)
	for gen := 1; gen <= 2; gen++ {
		g = step(g)
		fmt.Println("gen", gen)
		show(g)
	}

	jag := [][]string{{"a"}, {}, {"b", "c", "d"}, nil}
	fmt.Println(jag, len(jag), len(jag[2]), jag[3] == nil)
	jag[1] = append(jag[1], "x", "y")
	jag = append(jag, []string{"z"})
	fmt.Printf("%q\n", jag)

	shared := []int{1, 2, 3, 4, 5, 6}
	views := [][]int{shared[:2], shared[2:4], shared[4:]}
	views[1][0] = 30
	fmt.Println(shared, views)

	var acc [][]int
	row := []int{}
	for i := 1; i <= 9; i++ {
		row = append(row, i)
		if i%3 == 0 {
			acc = append(acc, row)
			row = []int{}
		}
	}
	fmt.Println(acc, len(acc))
	fmt.Printf("%v %d\n", acc[1:], acc[2])

	cube := [][][]int{{{1, 2}, {3}}, {{4}, {5, 6, 7}}}
	total := 0
	for i := 0; i < len(cube); i++ {
		for j := 0; j < len(cube[i]); j++ {
			for k := 0; k < len(cube[i][j]); k++ {
				total += cube[i][j][k]
			}
		}
	}
	fmt.Println(cube, total)
}
