package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	b := []int{7, 8}
	fmt.Println(len([1][2]int{{copy(a, b)}}[0]), a)
	n := 0
	f := func() int { n++; return n }
	fmt.Println(len([2]int{f()}), n)
	fmt.Println(len([2]int{n}), n)
}
