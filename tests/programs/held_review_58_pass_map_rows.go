package main

import "fmt"

func main() {
	m := map[int][]int{}
	for k := 0; k < 7; k++ {
		var row []int
		for j := 0; j < k; j++ {
			row = append(row, j*k)
		}
		m[k] = row
	}
	for k := 0; k < 7; k++ {
		fmt.Println(k, len(m[k]), cap(m[k]))
	}
}
