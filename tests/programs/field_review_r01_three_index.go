package main

import "fmt"

type S struct{ items []int }

func main() {
	st := &S{items: make([]int, 5, 10)}
	st.items = st.items[1:3:4]
	fmt.Println(cap(st.items))
	st.items = append(st.items, 1)
	fmt.Println(cap(st.items))
	st.items = append(st.items, 2)
	fmt.Println(cap(st.items))
}
