package main

import "fmt"

func main() {
	var a []int
	a = append(a, 1)
	p := &[][]int{a}
	fmt.Println(cap((*p)[0]))
	r := (*p)[0]
	r = append(r, 3)
	r[0] = 4
	fmt.Println((*p)[0][0], a[0])
}
