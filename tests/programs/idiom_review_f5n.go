package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	out := s[:0]
	f := func(x int) { out = append(out, x) }
	for _, v := range s {
		out = append(out, v)
		f(v)
	}
	out[0] = 0
	fmt.Println(len(out), s, out)
}
