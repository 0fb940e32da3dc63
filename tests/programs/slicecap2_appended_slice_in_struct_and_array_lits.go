package main

import "fmt"

type S struct {
	v []int
	n int
}

// Checks cap of appended slices placed in array, struct and slice composite literals.
func main() {
	var a []int
	a = append(a, 1)
	arr := [2][]int{a, nil}
	fmt.Println(len(arr[0]), cap(a))
	var b []int
	b = append(b, 1)
	st := S{v: b}
	fmt.Println(st.n, cap(b))
	var c []int
	c = append(c, 1)
	st2 := S{v: c}
	fmt.Println(st2, cap(c))
	var d []int
	d = append(d, 1)
	ss := [][]int{d}
	fmt.Println(len(ss), cap(d))
	var e []int
	e = append(e, 1)
	ss2 := [][]int{e}
	fmt.Println(ss2, cap(e))
}
