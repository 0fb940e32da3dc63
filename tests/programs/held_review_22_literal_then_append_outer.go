package main

import "fmt"

func main() {
	var a []int
	a = append(a, 1)
	d := [][]int{a}
	fmt.Println(cap(d[0]))
	var b []int
	b = append(b, 2)
	d = append(d, b)
	fmt.Println(cap(d[0]), cap(d[1]), len(d))
}
