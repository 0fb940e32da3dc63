package main

import "fmt"

func main() {
	var a, b []int
	a = append(a, 1)
	b = append(b, 2)
	x := [][2][]int{{a, b}}
	fmt.Println(len(x[0][0]), len(x[0][1]))
	y := x[0][0]
	y = append(y, 5)
	y[0] = 11
	fmt.Println(x[0][0][0], a[0])
}
