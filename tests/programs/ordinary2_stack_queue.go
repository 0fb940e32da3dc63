package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) {
	s.items = append(s.items, v)
	fmt.Printf("push %d len=%d cap=%d\n", v, len(s.items), cap(s.items))
}

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack) Len() int { return len(s.items) }

type Queue struct {
	data []string
}

func (q *Queue) Enqueue(s ...string) { q.data = append(q.data, s...) }

func (q *Queue) Dequeue() (string, error) {
	if len(q.data) == 0 {
		return "", fmt.Errorf("queue empty")
	}
	v := q.data[0]
	q.data = q.data[1:]
	return v, nil
}

func main() {
	var s Stack
	for i := 1; i <= 9; i++ {
		s.Push(i * i)
	}
	fmt.Println("len", s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("after pops cap:", cap(s.items), "len:", len(s.items))

	q := &Queue{}
	q.Enqueue("a", "b", "c")
	q.Enqueue("d")
	fmt.Println(len(q.data), cap(q.data))
	for i := 0; i < 6; i++ {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Println("err:", err)
			continue
		}
		fmt.Println("got", v, "remaining", len(q.data), "cap", cap(q.data))
	}
	fmt.Printf("%+v\n", *q)
	fmt.Printf("%#v\n", s)
}
