package main

import "fmt"

func main() {
	n := -1
	m := make(map[string]int, n)
	m["a"] = 1
	var h uint64 = 1 << 63
	m2 := make(map[int]int, h)
	fmt.Println(len(m), len(m2))
}
