package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for x := range seq(3) {
		n := 0
	again:
		n++
		for y := range seq(3) {
			if y == 1 && n < 3 {
				goto again
			}
		}
		fmt.Println(x, n)
	}
}
