package main

import "fmt"

func main() {
	var s []int
	out := s[:0]
	s = []int{4, 5, 6}
	for _, v := range s {
		out = append(out, v)
	}
	fmt.Println(len(out), cap(out), out[0])
}
