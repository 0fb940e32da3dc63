package main

import "fmt"

func main() {
	s := make([]int, 0)
	out := s[:0]
	n := 5
	s = make([]int, n)
	for i, v := range s {
		out = append(out, v+i)
	}
	fmt.Println(len(out), cap(out), out[4])
}
