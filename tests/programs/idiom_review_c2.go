package main

import "fmt"

type A = struct {
	X int `t:"a"`
}
type B = struct{ X int }

func main() {
	m := map[string]A{"k": {1}}
	mb := map[string]B(m)
	mb["k"] = B{5}
	mb["z"] = B{6}
	fmt.Println(len(m), m["k"], m["z"])
	ch := make(chan A, 1)
	cb := (chan B)(ch)
	cb <- B{3}
	fmt.Println(<-ch)
	f := func(a A) A { a.X++; return a }
	g := (func(B) B)(f)
	_ = g
	arr := [2]A{{1}, {2}}
	parr := (*[2]B)(&arr)
	parr[1].X = 50
	fmt.Println(arr)
	arr2 := [2]B(arr)
	arr2[0].X = 9
	fmt.Println(arr, arr2)
}
