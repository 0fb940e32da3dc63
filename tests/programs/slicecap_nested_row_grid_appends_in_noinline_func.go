package main

import "fmt"

//go:noinline
func nested(n int) {
	var grid [][]int
	for i := 0; i < n; i++ {
		var row []int
		for j := 0; j < i+1; j++ {
			row = append(row, j)
		}
		fmt.Println("row", len(row), cap(row))
		grid = append(grid, row)
	}
	fmt.Println("grid", len(grid), cap(grid))
}

// Checks cap of per-iteration row slices and of a [][]int grid built from them in a noinline function.
func main() {
	nested(3)
}
