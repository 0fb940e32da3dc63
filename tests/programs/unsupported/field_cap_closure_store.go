package main

import "fmt"

type Stack struct{ items []int }

func main() {
	var s Stack
	add := func(v int) { s.items = append(s.items, v) }
	add(1)
	add(2)
	fmt.Println(cap(s.items))
}
