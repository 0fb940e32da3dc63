package main

import "fmt"

type Board [3][3]byte

func (b Board) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != '.' && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func (b Board) Full() bool {
	for _, row := range b {
		for _, c := range row {
			if c == '.' {
				return false
			}
		}
	}
	return true
}

func parse(rows ...string) Board {
	var b Board
	for i, r := range rows {
		copy(b[i][:], r)
	}
	return b
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

func main() {
	boards := []Board{
		parse("XOX", "OXO", "OOX"),
		parse("XXX", "OO.", "..."),
		parse("OXX", "OX.", "O.."),
		parse("XOX", "XOO", "OXX"),
		parse("X..", ".O.", "..."),
	}
	for i, b := range boards {
		fmt.Print(b)
		switch w := b.Winner(); {
		case w != 0:
			fmt.Printf("board %d: %c wins\n", i, w)
		case b.Full():
			fmt.Printf("board %d: draw\n", i)
		default:
			fmt.Printf("board %d: in progress\n", i)
		}
	}
	fmt.Println(boards[0] == parse("XOX", "OXO", "OOX"), boards[0] == boards[1])
	fmt.Printf("%v\n", boards[4][1])
	fmt.Printf("%q\n", boards[4][1])
	fmt.Printf("%x\n", boards[4][1])
	fmt.Printf("%s\n", boards[4][1][:])
}
