package main

import "fmt"

func row(n int) []int {
	r := make([]int, n, n+1)
	for i := range r {
		r[i] = i * n
	}
	return r
}

func main() {
	grid := make([][]int, 4)
	for i := range grid {
		grid[i] = row(i)
	}
	for i, r := range grid {
		fmt.Println(i, r, len(r), cap(r))
	}
	m := map[int][]int{}
	for i := 0; i < 3; i++ {
		m[i] = row(i + 1)
	}
	fmt.Println(cap(m[0]), cap(m[1]), cap(m[2]))
}
