package main

import "fmt"

type S struct{ items []int }

var sink *S

func main() {
	st := &S{}
	sink = st
	var t []int
	for i := 0; i < 5; i++ {
		t = append(t, i)
		st.items = t
	}
	fmt.Println(cap(sink.items))
}
