package main

import "fmt"

func mkRow(n int) []int {
	r := make([]int, 0, n)
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	return r
}

func main() {
	var rows [][]int
	for i := 1; i <= 4; i++ {
		rows = append(rows, mkRow(i))
	}
	for _, r := range rows {
		fmt.Print(len(r), cap(r), " ")
	}
	fmt.Println()
}
