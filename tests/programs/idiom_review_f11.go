package main

import "fmt"

func main() {
	s := []byte{}
	out := s[:0]
	x := 3
	s = []byte{4, 5, 6}
	x++
	for i, v := range s {
		_ = i
		out = append(out, v)
	}
	fmt.Println(len(out), cap(out), s, out, x)
}
