package main

import "fmt"

//go:noinline
func apply(f func() int) int { return f() }

func main() {
	var s []int
	s = append(s, 1)
	_ = func() int {
		x := 0
		for j := 0; j < 1; j++ {
			x += apply(func() int { return len(s) })
		}
		return x
	}()
	fmt.Println(cap(s))
}
