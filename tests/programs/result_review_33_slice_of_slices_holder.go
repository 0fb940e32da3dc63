package main

import "fmt"

func main() {
	buckets := make([][]int, 3)
	for n := 0; n < 10; n++ {
		b := buckets[n%3]
		buckets[n%3] = append(b, n)
	}
	for i, b := range buckets {
		fmt.Println(i, b, len(b), cap(b))
	}
	grid := [][]int{{1}, {2, 3}, nil}
	for i := range grid {
		row := grid[i]
		grid[i] = append(row, 0)
	}
	for _, row := range grid {
		fmt.Println(row, cap(row))
	}
}
