package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	x := s[:0:0]
	fmt.Println(x == nil, len(x), cap(x))
	var n []int
	y := n[:0:0]
	fmt.Println(y == nil)
	x = append(x, 7)
	x[0] = 8
	fmt.Println(s, x, cap(x))
	e := []int{}
	z := e[:0:0]
	fmt.Println(z == nil)
}
