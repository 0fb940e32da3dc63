package main

import "fmt"

func main() {
	var s []int
	f := (func(int))(func(x int) { s = append(s, x) })
	f(1)
	fmt.Println(len(s), cap(s))
}
