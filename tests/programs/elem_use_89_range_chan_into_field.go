package main

import (
	"fmt"
)

type T struct{ k, v int32 }

//go:noinline
func build(n int) []T {
	var s []T
	ch := make(chan int32, 2)
	for i := 0; i < n; i++ {
		s = append(s, T{k: int32(i)})
		ch <- int32(i)
		ch <- int32(i * 10)
		if i == n-1 {
			close(ch)
		}
		for s[i].v = range ch {
			if len(ch) == 0 {
				break
			}
		}
	}
	return s
}

func main() {
	for n := 0; n < 6; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}
