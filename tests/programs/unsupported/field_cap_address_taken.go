package main

import "fmt"

type Stack struct{ items []int }

func main() {
	st := &Stack{}
	p := &st.items
	*p = append(*p, 1)
	fmt.Println(cap(st.items))
}
