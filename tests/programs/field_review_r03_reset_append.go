package main

import "fmt"

type S struct{ items []int }

var sink *S

func main() {
	st := &S{}
	sink = st
	for i := 0; i < 6; i++ {
		st.items = append(st.items, i)
	}
	old := st.items
	st.items = st.items[:0]
	st.items = append(st.items, 42)
	fmt.Println(cap(st.items), old[0])
}
