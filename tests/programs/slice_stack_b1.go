package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	n := cap(s)
	t := s
	s = append(s, 2)
	s[0] = 9
	fmt.Println(t[0], n)
}
