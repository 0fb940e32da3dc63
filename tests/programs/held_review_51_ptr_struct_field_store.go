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
	ps := []*S{{}, {}}
	ps[0].items = build(3)
	var st S
	st.items = build(3)
	fmt.Println(cap(ps[0].items), cap(st.items))
}
