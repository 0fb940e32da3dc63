package main

import "fmt"

var grid [][]int

func init() {
	for i := 0; i < 3; i++ {
		var r []int
		for j := 0; j <= i; j++ {
			r = append(r, j)
		}
		grid = append(grid, r)
	}
}

func main() {
	for _, r := range grid {
		fmt.Print(cap(r), " ")
	}
	fmt.Println()
}
