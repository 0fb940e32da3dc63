package main

import "fmt"

type Ring struct {
	buf  []int
	head int
	n    int
}

func NewRing(size int) *Ring { return &Ring{buf: make([]int, size)} }

func (r *Ring) Put(v int) {
	r.buf[(r.head+r.n)%len(r.buf)] = v
	if r.n < len(r.buf) {
		r.n++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r *Ring) Items() []int {
	out := make([]int, 0, r.n)
	for i := range r.n {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func main() {
	r := NewRing(4)
	for i := 1; i <= 6; i++ {
		r.Put(i * 11)
		fmt.Println(r.Items(), r.head, r.n, cap(r.buf))
	}
	items := r.Items()
	idx := len(items) + 2
	fmt.Println("about to index", idx)
	fmt.Println(items[idx])
}
