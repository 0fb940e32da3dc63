package main

import "fmt"

//go:noinline
func apply(f func() int) int { return f() }

func main() {
	var s []int
	s = append(s, 1)
	i := 0
	{
	L:
		i++
		if i < 2 {
			goto L
		}
	}
	_ = apply(func() int { return len(s) })
	fmt.Println(cap(s))
}
