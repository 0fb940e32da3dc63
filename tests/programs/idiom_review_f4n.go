package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	out := s[:0]
	for _, v := range s {
		add := func() { out = append(out, v) }
		add()
		add()
	}
	out[0] = 0
	fmt.Println(len(out), s, out)
}
