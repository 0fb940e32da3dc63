package main

import "fmt"

func main() {
	var a []int
	a = append(a, 1)
	var x any = [][]int{a}
	d := x.([][]int)
	fmt.Println(cap(d[0]))
	r := d[0]
	r = append(r, 2)
	r[0] = 9
	fmt.Println(d[0][0], a[0])
}
