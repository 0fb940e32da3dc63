package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	x := s[:0:0]
	x = append(x, s...)
	x[0] = 5
	fmt.Println(s, x, len(x))
	y := s[1:1:1]
	y = append(y, 4)
	y[0] = 6
	fmt.Println(s, y)
}
