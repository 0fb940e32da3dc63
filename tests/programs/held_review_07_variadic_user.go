package main

import "fmt"

func rows(rs ...[]int) [][]int { return rs }

func main() {
	var a, b []int
	a = append(a, 1)
	b = append(b, 2)
	d := rows(a, b)
	fmt.Println(len(d), cap(d[0]), cap(d[1]))
	x := d[0]
	x = append(x, 5)
	x[0] = 99
	fmt.Println(d[0][0], a[0])
}
