package main

import "fmt"

type F func(int)

func main() {
	var s []int
	var f func(int) = F(func(x int) { s = append(s, x) })
	f(1)
	fmt.Println(len(s), cap(s))
}
