package main

import "fmt"

type F func(int)

func main() {
	var s []int
	var f F = func(x int) { s = append(s, x) }
	f(1)
	fmt.Println(len(s), cap(s))
	var t []int
	g := F(func(x int) { t = append(t, x) })
	g(1)
	fmt.Println(len(t), cap(t))
	var u []int
	var h func(int) = func(x int) { u = append(u, x) }
	h(1)
	fmt.Println(len(u), cap(u))
}
