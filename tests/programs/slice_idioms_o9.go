package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 6; i++ {
		s = append(s, i)
	}
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	fmt.Println(out, s)
}
