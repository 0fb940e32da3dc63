package main

import "fmt"

func spiral(n, m int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, m)
	}
	top, bot, left, right := 0, n-1, 0, m-1
	k := 1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			g[top][j] = k
			k++
		}
		top++
		for i := top; i <= bot; i++ {
			g[i][right] = k
			k++
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				g[bot][j] = k
				k++
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				g[i][left] = k
				k++
			}
			left++
		}
	}
	return g
}

func rotate(g [][]int) [][]int {
	n, m := len(g), len(g[0])
	r := make([][]int, m)
	for i := range r {
		r[i] = make([]int, n)
		for j := range r[i] {
			r[i][j] = g[n-1-j][i]
		}
	}
	return r
}

func show(g [][]int) {
	for _, row := range g {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
	fmt.Println()
}

func main() {
	show(spiral(4, 4))
	s := spiral(3, 5)
	show(s)
	show(rotate(s))
	show(spiral(1, 6))
	diag := 0
	sp := spiral(5, 5)
	for i := range 5 {
		diag += sp[i][i]
	}
	fmt.Println("diag sum", diag, sp[2][2])
	fmt.Println(spiral(2, 3))
}
