package main

import "fmt"

type S struct{ items []int }

func main() {
	st := &S{items: make([]int, 3)}
	n := copy(st.items, []int{7, 8, 9, 10})
	fmt.Println(n, cap(st.items), st.items)
}
