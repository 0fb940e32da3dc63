package main

import "fmt"

type S struct{ b []byte }

var sink *S

func main() {
	st := &S{}
	sink = st
	s := "hello"
	st.b = []byte(s)
	fmt.Println(cap(st.b))
	x := st.b[:5]
	x = append(x, '!')
	x[0] = 'J'
	fmt.Println(string(st.b))
}
