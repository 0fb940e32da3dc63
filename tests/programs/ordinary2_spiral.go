package main

import "fmt"

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bot, left, right := 0, n-1, 0, n-1
	v := 1
	for top <= bot && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = v
			v++
		}
		top++
		for r := top; r <= bot; r++ {
			m[r][right] = v
			v++
		}
		right--
		for c := right; c >= left && top <= bot; c-- {
			m[bot][c] = v
			v++
		}
		bot--
		for r := bot; r >= top && left <= right; r-- {
			m[r][left] = v
			v++
		}
		left++
	}
	return m
}

func rotate(m [][]int) [][]int {
	n := len(m)
	out := make([][]int, len(m[0]))
	for i := range out {
		out[i] = make([]int, n)
		for j := range n {
			out[i][j] = m[n-1-j][i]
		}
	}
	return out
}

func printM(m [][]int) {
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func main() {
	s := spiral(5)
	printM(s)
	fmt.Println()
	printM(rotate(s))
	fmt.Println(spiral(1), spiral(2))
	rect := [][]int{{1, 2, 3}, {4, 5, 6}}
	r := rotate(rect)
	fmt.Println(r, len(r), len(r[0]))
	diag := 0
	for i := range s {
		diag += s[i][i] + s[i][len(s)-1-i]
	}
	fmt.Println("diag sum", diag-s[2][2])
	flat := make([]int, 0, 25)
	for _, row := range s {
		flat = append(flat, row...)
	}
	fmt.Println(flat[:10], len(flat), cap(flat))
}
