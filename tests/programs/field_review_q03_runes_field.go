package main

import "fmt"

type S struct{ r []rune }

var sink *S

func main() {
	st := &S{}
	sink = st
	s := "héllo"
	st.r = []rune(s)
	fmt.Println(cap(st.r))
	st.r = []rune("héllo wörld")
	fmt.Println(cap(st.r))
}
