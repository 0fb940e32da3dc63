package main

import (
	"fmt"
	"strings"
)

type Sudoku [9][9]int

func parse(s string) (Sudoku, error) {
	var g Sudoku
	rows := strings.Fields(s)
	if len(rows) != 9 {
		return g, fmt.Errorf("need 9 rows, got %d", len(rows))
	}
	for r, row := range rows {
		if len(row) != 9 {
			return g, fmt.Errorf("row %d has %d cells", r, len(row))
		}
		for c, ch := range row {
			if ch == '.' {
				continue
			}
			if ch < '1' || ch > '9' {
				return g, fmt.Errorf("bad char %q at %d,%d", ch, r, c)
			}
			g[r][c] = int(ch - '0')
		}
	}
	return g, nil
}

func (g *Sudoku) Conflicts() []string {
	var out []string
	check := func(kind string, idx int, cells [9]int) {
		var seen [10]bool
		for _, v := range cells {
			if v == 0 {
				continue
			}
			if seen[v] {
				out = append(out, fmt.Sprintf("%s %d dup %d", kind, idx, v))
			}
			seen[v] = true
		}
	}
	for i := 0; i < 9; i++ {
		var col, box [9]int
		for j := 0; j < 9; j++ {
			col[j] = g[j][i]
			box[j] = g[(i/3)*3+j/3][(i%3)*3+j%3]
		}
		check("row", i, g[i])
		check("col", i, col)
		check("box", i, box)
	}
	return out
}

func (g *Sudoku) Solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				g[r][c] = v
				if len(g.Conflicts()) == 0 && g.Solve() {
					return true
				}
			}
			g[r][c] = 0
			return false
		}
	}
	return true
}

const puzzle = `53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`

func main() {
	g, err := parse(puzzle)
	fmt.Println("parse:", err, "conflicts:", g.Conflicts())
	bad := g
	bad[0][2] = 5
	bad[8][0] = 7
	fmt.Println(bad.Conflicts())
	_, err = parse("123 456")
	fmt.Println(err)
	_, err = parse(strings.Replace(puzzle, "7", "x", 1))
	fmt.Println(err)
	small := g
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if r >= 4 && small[r][c] == 0 {
				small[r][c] = 0
			}
		}
	}
	fmt.Println(g == small)
	fmt.Println(g[0], g[8])
}
