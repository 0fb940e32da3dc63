package main

import "fmt"

type S struct{ items []int }

//go:noinline
func (s *S) Reset() { s.items = s.items[:0] }

func main() {
	st := &S{items: make([]int, 0, 2)}
	st.items = append(st.items, 1, 2, 3)
	st.Reset()
	st.items = append(st.items, 4)
	fmt.Println(cap(st.items), st.items)
}
