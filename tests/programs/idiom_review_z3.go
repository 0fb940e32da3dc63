package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	x := s[:0:0]
	for i := 0; i < 3; i++ {
		x = append(x, i)
	}
	x[0] = 5
	fmt.Println(s, x, cap(x))
	var a [3]int
	b := a[:0:0]
	b = append(b, 1)
	b[0] = 3
	fmt.Println(a, b, cap(b))
}
