package main

import "fmt"

type S struct{ items []int }

func main() {
	var st S
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	st.items = t[:2]
	fmt.Println(cap(st.items))
}
