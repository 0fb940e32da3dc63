package main

import "fmt"

type Pair struct {
	s []int
	n int
}

// Checks cap of single-append slices placed in a local struct literal, printed inside a struct, or printed as a subslice.
func main() {
	var s []int
	s = append(s, 1)
	st := Pair{s: s, n: 1}
	fmt.Println(st.n, len(st.s), cap(s))
	var t []int
	t = append(t, 1)
	st2 := Pair{s: t}
	fmt.Println(st2)
	fmt.Println(len(t), cap(t))
	var u []int
	u = append(u, 1)
	fmt.Println(len(u[:1]), cap(u))
	fmt.Println(u[:1])
}
