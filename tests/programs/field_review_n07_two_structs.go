package main

import "fmt"

type S struct{ items []int }

func main() {
	var a, b S
	var t []int
	for i := 0; i < 3; i++ {
		t = append(t, i)
	}
	a.items = t
	t = append(t, 3)
	b.items = t
	fmt.Println(cap(a.items), cap(b.items))
}
