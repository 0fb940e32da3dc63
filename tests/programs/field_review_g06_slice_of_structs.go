package main

import "fmt"

type S struct{ items []int }

func main() {
	ss := make([]S, 3)
	for i := range ss {
		ss[i].items = append(ss[i].items, i)
	}
	fmt.Println(cap(ss[0].items), cap(ss[2].items))
}
