package main

import "fmt"

type S struct{ b []byte }

var sink *S

func toB(s string) []byte { return []byte(s) }

func main() {
	st := &S{}
	sink = st
	_ = toB
	st.b = []byte("hello")
	fmt.Println(cap(st.b))
	const c = "abc" + "defghij"
	st.b = []byte(c)
	fmt.Println(cap(st.b))
}
