package main

import "fmt"

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

type S struct {
	items []int
}

func main() {
	a := []struct{ items []int }{{items: build(3)}}
	b := []S{S(a[0])}
	fmt.Println(cap(b[0].items))
}
