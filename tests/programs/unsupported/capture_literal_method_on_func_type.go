package main

import "fmt"

type F func(int)

func (f F) Call(x int) { f(x) }

func main() {
	var s []int
	F(func(x int) { s = append(s, x) }).Call(1)
	fmt.Println(len(s), cap(s))
}
