package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		var row []int
		for j := 0; j < 3; j++ {
			row = append(row, i*3+j)
		}
		if row[0] >= 0 && len(row) == 3 {
			row[1] = -row[1]
		}
		grid[i] = row
	}
	for _, r := range grid {
		fmt.Println(r, cap(r))
	}
	full := grid[0][:cap(grid[0])]
	fmt.Println(len(full))
}
