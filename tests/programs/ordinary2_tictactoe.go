package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = ' '
	X     Cell = 'X'
	O     Cell = 'O'
)

type Board [3][3]Cell

func NewBoard() Board {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = Empty
		}
	}
	return b
}

func (b *Board) Play(r, c int, p Cell) error {
	if r < 0 || r > 2 || c < 0 || c > 2 {
		return fmt.Errorf("(%d,%d) off board", r, c)
	}
	if b[r][c] != Empty {
		return fmt.Errorf("(%d,%d) taken by %c", r, c, b[r][c])
	}
	b[r][c] = p
	return nil
}

func (b Board) Winner() Cell {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != Empty && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return Empty
}

func (b Board) String() string {
	rows := make([]string, 0, 3)
	for _, r := range b {
		rows = append(rows, fmt.Sprintf(" %c | %c | %c ", r[0], r[1], r[2]))
	}
	return strings.Join(rows, "\n---+---+---\n")
}

func main() {
	b := NewBoard()
	moves := []struct {
		r, c int
	}{{1, 1}, {0, 0}, {2, 2}, {1, 1}, {0, 2}, {3, 0}, {2, 0}, {1, 0}, {0, 1}, {2, 1}}
	players := [2]Cell{X, O}
	turn := 0
	for _, m := range moves {
		p := players[turn%2]
		if err := b.Play(m.r, m.c, p); err != nil {
			fmt.Println("invalid:", err)
			continue
		}
		turn++
		if w := b.Winner(); w != Empty {
			fmt.Printf("winner %c after %d moves\n", w, turn)
			break
		}
	}
	fmt.Println(b)
	snapshot := b
	snapshot[0][0] = 'Z'
	fmt.Println(snapshot == b, b[0][0] == O)
	seen := map[Board]int{b: 1}
	seen[snapshot]++
	seen[b]++
	fmt.Println(len(seen), seen[b])
}
