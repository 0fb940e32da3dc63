package main

import "fmt"

func main() {
	a := make([][]int, 1)
	m := map[string][]int{}
	var row []int
	for j := 0; j < 3; j++ {
		row = append(row, j)
	}
	a[0] = row
	m["r"] = row
	a[0][0] = 7
	fmt.Println(m["r"][0], cap(a[0]), cap(m["r"]))
}
