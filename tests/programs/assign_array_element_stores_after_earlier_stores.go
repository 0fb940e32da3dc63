package main

import "fmt"

type T struct {
	f, g int
	a    [2]int
	p    *T
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r)
	}()
	f()
}

func main() {
	i := 5
	m := map[string]int{}
	var arr [2]int
	try("arr", func() { m["a"], arr[i] = 1, 2 })
	fmt.Println(m)
	x := 0
	var ps *[2]int
	try("ps", func() { x, ps[1] = 11, 12 })
	fmt.Println(x)
	x = 0
	var pp **int
	try("pp", func() { x, **pp = 13, 14 })
	fmt.Println(x)
	x = 0
	s := []int{1}
	try("sl", func() { x, s[i:][0] = 15, 16 })
	fmt.Println(x)
	x = 0
	var tt T
	pt := &tt
	try("ptp", func() { x, pt.p.f = 19, 20 })
	fmt.Println(x)
	x = 0
	type S struct{ s []int }
	var ns *S
	try("ns", func() { x, ns.s[0] = 21, 22 })
	fmt.Println(x)
	x = 0
	arr2 := [][2]int{{1, 2}}
	try("aa", func() { x, arr2[0][i] = 23, 24 })
	fmt.Println(x)
	x = 0
	try("pa", func() { x, pt.a[i] = 25, 26 })
	fmt.Println(x)
}
