package main

import "fmt"

type Queue[T any] struct {
	head, tail []T
}

func NewQueue[T any](xs ...T) *Queue[T] {
	q := &Queue[T]{}
	for _, x := range xs {
		q.Enqueue(x)
	}
	return q
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

type node struct {
	name     string
	children []int
}

func bfs(nodes []node) []string {
	q := NewQueue(0)
	var order []string
	for q.Len() > 0 {
		i, _ := q.Dequeue()
		order = append(order, nodes[i].name)
		for _, c := range nodes[i].children {
			q.Enqueue(c)
		}
	}
	return order
}

func main() {
	q := NewQueue("a", "b", "c")
	q.Enqueue("d")
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v)
		if v == "b" {
			q.Enqueue("e")
		}
	}
	fmt.Println()
	_, ok := q.Dequeue()
	fmt.Println(ok)
	nodes := []node{{"root", []int{1, 2}}, {"l", []int{3}}, {"r", nil}, {"ll", nil}}
	fmt.Println(bfs(nodes))
	fq := NewQueue[float64]()
	fq.Enqueue(1.5)
	fmt.Printf("%T %d\n", fq, fq.Len())
}
