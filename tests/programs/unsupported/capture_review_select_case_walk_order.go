package main

import "fmt"

//go:noinline
func apply(f func() int) int { return f() }

func main() {
	var s []int
	ch := make(chan int, 1)
	ch <- 1
	select {
	case <-ch:
		s = append(s, 1)
	case ch <- apply(func() int { return len(s) }):
	}
	fmt.Println(cap(s))
}
