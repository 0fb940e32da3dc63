package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 2; i++ {
		s = append(s, i)
	}
	t := s[:1]
	s = append(s, 2)
	s[0] = 9
	fmt.Println(t[0])
}
