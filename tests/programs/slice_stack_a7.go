package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1, 2)
	t := s
	t = append(t, 99)
	u := s
	u = append(u, 77)
	fmt.Println(t[2], u[2])
}
