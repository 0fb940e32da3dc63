package main

import "fmt"

type Stack struct{ items []int }

func main() {
	var q Stack
	for i := 0; i < 3; i++ {
		q.items = append(q.items, i)
		fmt.Println(len(q.items), cap(q.items))
	}
}
