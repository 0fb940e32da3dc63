package main

import "fmt"

type S struct{ b []byte }

var sink *S

func main() {
	st := &S{}
	sink = st
	var t []byte
	for i := 0; i < 17; i++ {
		t = append(t, 'a')
	}
	st.b = t
	fmt.Println(cap(sink.b))
}
