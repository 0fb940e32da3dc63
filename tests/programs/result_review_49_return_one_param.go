package main

import "fmt"

func longer(a, b []int) []int {
	if len(a) >= len(b) {
		return a
	}
	return b
}

func main() {
	x := make([]int, 2, 10)
	y := []int{1, 2, 3}
	l := longer(x, y)
	fmt.Println(len(l), cap(l))
	l2 := longer(make([]int, 5, 6), nil)
	fmt.Println(len(l2), cap(l2))
	var arr [8]int
	l3 := longer(arr[2:4], y[:1])
	fmt.Println(len(l3), cap(l3))
}
