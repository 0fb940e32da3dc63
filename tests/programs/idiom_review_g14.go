package main

import "fmt"

func pair(s []int) ([]int, []int) { return s[:1], s[1:] }

func main() {
	a := make([]int, 2, 4)
	x, y := pair(a)
	x = append(x, 7)
	y = append(y, 8)
	fmt.Println(a[:4], x, y)
}
