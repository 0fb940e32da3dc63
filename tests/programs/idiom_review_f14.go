package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	out := s[:0]
L:
	for _, v := range s {
		out = append(out, v)
		if v == 2 {
			goto L2
		}
		continue L
	L2:
		out = out[:len(out)+1]
	}
	out[0] = 0
	fmt.Println(len(out), cap(out), s, out)
}
