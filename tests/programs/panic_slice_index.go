package main

import "fmt"

type Queue struct {
	items []int
}

func (q *Queue) Get(i int) int {
	return q.items[i]
}

func main() {
	q := &Queue{}
	for i := 0; i < 4; i++ {
		q.items = append(q.items, i*10)
	}
	n := len(q.items)
	fmt.Println("len", n)
	for i := 0; i < n; i++ {
		fmt.Println(i, q.Get(i))
	}
	fmt.Println("reading one past the end")
	fmt.Println(q.Get(n))
	fmt.Println("unreachable")
}
