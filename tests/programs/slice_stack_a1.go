package main

import "fmt"

var g []int

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	g = s
	s = append(s, 9)
	s[0] = 100
	fmt.Println(g[0])
}
