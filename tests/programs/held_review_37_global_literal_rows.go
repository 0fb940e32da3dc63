package main

import "fmt"

var table = [][]int{{1, 2}, {3}, {}}

func main() {
	table[1] = append(table[1], 4)
	table[2] = append(table[2], 5)
	for _, r := range table {
		fmt.Println(len(r), cap(r))
	}
}
