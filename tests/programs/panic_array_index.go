package main

import "fmt"

type Board struct {
	Cells [3][3]byte
}

func (b *Board) Set(r, c int, v byte) {
	b.Cells[r][c] = v
}

func main() {
	var b Board
	moves := [][2]int{{0, 0}, {1, 1}, {2, 2}, {1, 3}}
	for i := 0; i < len(moves); i++ {
		m := moves[i]
		fmt.Println("move", m[0], m[1])
		b.Set(m[0], m[1], 'X')
		fmt.Println(b.Cells)
	}
}
