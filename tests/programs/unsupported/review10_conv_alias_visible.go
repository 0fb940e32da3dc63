package main

import "fmt"

type F func(int)

func main() {
	var s []int
	f := (func(int))(F(func(x int) { s = append(s, x) }))
	f(1)
	t := append(s, 2)
	t[0] = 5
	fmt.Println(s[0])
}
