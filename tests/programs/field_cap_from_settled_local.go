package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Set(v []int) { s.items = v }

func main() {
	var tmp []int
	for i := 0; i < 3; i++ {
		tmp = append(tmp, i)
	}
	st := &Stack{}
	st.Set(tmp)
	fmt.Println(cap(st.items))
	st.items = append(st.items, 9)
	fmt.Println(cap(st.items), cap(tmp))
}
