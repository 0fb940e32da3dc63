package main

import "fmt"

type Matrix [3][3]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Matrix) Matrix {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func (m Matrix) Trace() int {
	return m[0][0] + m[1][1] + m[2][2]
}

func (m *Matrix) Scale(k int) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] *= k
		}
	}
}

func (m Matrix) Print() {
	for i := 0; i < len(m); i++ {
		for j := 0; j < len(m[i]); j++ {
			fmt.Printf("%4d", m[i][j])
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := identity()
	fmt.Println(mul(a, id) == a, mul(id, a) == a)
	a.Print()
	fmt.Println("trace", a.Trace())
	t := transpose(a)
	t.Print()
	fmt.Println(a[0], t[0], transpose(t) == a)
	p := mul(a, t)
	p.Print()
	p.Scale(2)
	fmt.Println(p, p.Trace())

	var board [3][4]byte
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			board[i][j] = '.'
		}
	}
	board[1][2] = '#'
	board[0][0] = '@'
	for i := 0; i < 3; i++ {
		fmt.Println(string(board[i][:]))
	}

	row := a[1]
	row[0] = 100
	fmt.Println(a[1], row)

	var cube [2][2][2]int
	n := 0
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				n++
				cube[i][j][k] = n
			}
		}
	}
	fmt.Println(cube, cube[1][0], len(cube[0][1]))
	fmt.Printf("%v\n%+v\n", cube[0], a)
}
