package main

import "fmt"

func main() {
	var a []int
	a = append(a, 1)
	src := [][]int{a}
	fmt.Println(cap(src[0]))
	dst := make([][]int, 1)
	n := copy(dst, src)
	fmt.Println(n, cap(dst[0]))
	r := dst[0]
	r = append(r, 2)
	r[0] = 7
	fmt.Println(src[0][0], a[0], dst[0][0])
}
