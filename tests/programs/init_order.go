package main

import "fmt"

var first = trace("first", 1)
var second = trace("second", first+1)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func init() {
	fmt.Println("init func 1")
}

func init() {
	fmt.Println("init func 2")
}

func main() {
	fmt.Println("main", first, second)
}
