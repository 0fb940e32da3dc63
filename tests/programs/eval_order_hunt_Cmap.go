package main

import "fmt"

var n = 1

func f() int { n++; return n }

func main() {
	fmt.Println(map[int]int{n: 20, 1: 10})
	fmt.Println(map[string]int{"a": n, "b": f()})
}
