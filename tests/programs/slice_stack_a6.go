package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	t := s
	fmt.Println(t, cap(s))
}
