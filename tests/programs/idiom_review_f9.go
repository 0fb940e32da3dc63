package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	out := s[:0]
	t := s
	t = t[:cap(t)]
	out = t[:0]
	_ = out
	out2 := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out2 = append(out2, v)
		}
	}
	out2[0] = 9
	fmt.Println(len(out2), cap(out2), s, out2)
}
