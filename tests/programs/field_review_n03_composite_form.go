package main

import "fmt"

type S struct{ items []int }

func main() {
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	st := S{items: t}
	fmt.Println(cap(st.items))
}
