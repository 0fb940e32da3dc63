package main

import "fmt"

type Queue struct {
	in, out []int
	moves   int
}

func (q *Queue) Push(v int) { q.in = append(q.in, v) }

func (q *Queue) shift() {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
			q.moves++
		}
	}
}

func (q *Queue) Pop() (int, error) {
	q.shift()
	if len(q.out) == 0 {
		return 0, fmt.Errorf("pop from empty queue")
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, nil
}

func (q *Queue) Len() int { return len(q.in) + len(q.out) }

type Deque struct {
	buf        []string
	head, size int
}

func (d *Deque) grow() {
	nb := make([]string, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
	fmt.Println("  grow to", len(nb), cap(nb))
}

func (d *Deque) PushBack(s string) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = s
	d.size++
}

func (d *Deque) PushFront(s string) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = s
	d.size++
}

func (d *Deque) PopFront() string {
	s := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return s
}

func main() {
	var q Queue
	for i := 1; i <= 5; i++ {
		q.Push(i)
	}
	a, _ := q.Pop()
	b, _ := q.Pop()
	q.Push(6)
	fmt.Println(a, b, q.Len(), q.in, q.out, cap(q.out))
	for q.Len() > 0 {
		v, _ := q.Pop()
		fmt.Print(v, " ")
	}
	_, err := q.Pop()
	fmt.Println("|", err, "moves", q.moves)
	var d Deque
	for _, s := range []string{"c", "d", "e"} {
		d.PushBack(s)
	}
	d.PushFront("b")
	d.PushFront("a")
	d.PushBack("f")
	fmt.Println(d.size, d.head, d.buf)
	for d.size > 0 {
		fmt.Print(d.PopFront())
	}
	fmt.Println()
}
