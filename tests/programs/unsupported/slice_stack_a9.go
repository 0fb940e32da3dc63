package main

import "fmt"

func seq(yield func(int) bool) {
	for i := 0; i < 2; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	var s []int
	for v := range seq {
		s = append(s, v)
	}
	t := append(s, 7)
	u := append(s, 8)
	fmt.Println(t[2], u[2])
}
