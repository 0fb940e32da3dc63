package main

import "fmt"

type T struct {
	rows [][]int
}

func main() {
	var a []int
	a = append(a, 1)
	t := T{rows: [][]int{a}}
	fmt.Println(cap(t.rows[0]))
	r := t.rows[0]
	r = append(r, 3)
	r[0] = 4
	fmt.Println(t.rows[0][0], a[0])
}
