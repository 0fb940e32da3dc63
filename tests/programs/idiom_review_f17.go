package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	out := s[:0]
	for _, v := range s {
		out = append(out, v)
		out = out[:len(out)+0:cap(out)]
		s = s[:0]
	}
	s = s[:4]
	out = append(out, 9)
	fmt.Println(len(out), cap(out), s, out)
}
