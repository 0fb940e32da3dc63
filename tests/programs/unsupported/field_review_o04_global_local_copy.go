package main

import "fmt"

type S struct{ items []int }

func mk() []int {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	return t
}

var fn = mk

var g = S{items: fn()}

func main() {
	var st S
	st = g
	st.items = st.items[:1]
	fmt.Println(cap(st.items))
}
