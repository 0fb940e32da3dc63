package main

import "fmt"

func main() {
	x := struct {
		name  string
		items []int
	}{"a", []int{1, 2, 3}}
	y := struct {
		name  string
		items []int
	}{name: "b"}
	y.items = x.items[:1]
	fmt.Println(cap(x.items), cap(y.items))
}
