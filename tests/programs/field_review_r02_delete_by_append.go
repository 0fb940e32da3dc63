package main

import "fmt"

type S struct{ items []int }

func (s *S) Del(i int) { s.items = append(s.items[:i], s.items[i+1:]...) }

func main() {
	st := &S{items: []int{1, 2, 3, 4, 5}}
	alias := st.items
	st.Del(1)
	fmt.Println(cap(st.items), st.items, alias)
}
