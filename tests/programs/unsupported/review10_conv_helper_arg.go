package main

import "fmt"

type F func(int)

func apply(f func(int), x int) { f(x) }

func main() {
	var s []int
	apply(F(func(x int) { s = append(s, x) }), 1)
	fmt.Println(len(s), cap(s))
}
