package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	out := s[:0]
	for _, v := range s {
		out = append(out, v)
	}
	for _, v := range s {
		out = append(out, v)
	}
	out[0] = 0
	fmt.Println(len(out), cap(out), s, out)
}
