package main

import "fmt"

type S struct{ items []int }

func main() {
	ss := []S{{items: []int{1}}, {items: make([]int, 2, 5)}}
	for _, s := range ss {
		fmt.Println(cap(s.items))
	}
	for i := range ss {
		ss[i].items = append(ss[i].items, 9)
		fmt.Println(cap(ss[i].items))
	}
}
