package main

import "fmt"

type S struct{ items []int }

func main() {
	ch := make(chan S, 1)
	var st S
	st.items = append(st.items, 1)
	ch <- st
	r := <-ch
	fmt.Println(cap(r.items), cap(st.items))
}
