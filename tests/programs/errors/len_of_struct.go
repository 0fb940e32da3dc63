package main

import "fmt"

type Queue struct {
	items []int
}

func main() {
	q := Queue{items: []int{1, 2}}
	fmt.Println(len(q))
	fmt.Println(len(Queue{}), cap(q))
}
