package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	out := s[:0]
	s = []int{4, 5, 6, 7, 8, 9, 10}
	for _, v := range s {
		out = append(out, v)
	}
	out[0] = 0
	fmt.Println(len(out), cap(out), s, out)
}
