// Building a 2D grid by appending rows and columns
package main

import (
	"fmt"
	"strings"
)

func main() {
	var grid [][]rune
	for r := 0; r < 4; r++ {
		var row []rune
		for c := 0; c < 6; c++ {
			if (r+c)%2 == 0 {
				row = append(row, '#')
			} else {
				row = append(row, '.')
			}
		}
		grid = append(grid, row)
		fmt.Printf("row %d len=%d cap=%d\n", r, len(row), cap(row))
	}
	fmt.Printf("grid len=%d cap=%d\n", len(grid), cap(grid))
	for i := range grid {
		grid[i] = append(grid[i], '|')
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	lines := make([]string, 0, len(grid))
	for _, row := range grid {
		lines = append(lines, strings.ToLower(string(row)))
	}
	fmt.Println(strings.Join(lines, "/"))
	transposed := make([][]rune, len(grid[0]))
	for c := range transposed {
		for r := range grid {
			transposed[c] = append(transposed[c], grid[r][c])
		}
	}
	for _, row := range transposed {
		fmt.Print(string(row), " ")
	}
	fmt.Println()
}
