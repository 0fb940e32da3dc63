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

func main() {
	st := &S{}
	st.items = fn()
	y := st.items[:3]
	y = append(y, 9)
	y[0] = 100
	fmt.Println(st.items[0], len(y))
}
