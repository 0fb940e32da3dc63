package main

import (
	"fmt"
	"strings"
)

type Ring struct {
	data  []int
	head  int
	count int
}

func NewRing(n int) *Ring {
	return &Ring{data: make([]int, n)}
}

func (r *Ring) Push(v int) (evicted int, ok bool) {
	if r.count == len(r.data) {
		evicted = r.data[r.head]
		r.data[r.head] = v
		r.head = (r.head + 1) % len(r.data)
		return evicted, true
	}
	r.data[(r.head+r.count)%len(r.data)] = v
	r.count++
	return 0, false
}

func (r *Ring) Pop() (int, bool) {
	if r.count == 0 {
		return 0, false
	}
	v := r.data[r.head]
	r.head = (r.head + 1) % len(r.data)
	r.count--
	return v, true
}

func (r *Ring) Items() []int {
	out := make([]int, 0, r.count)
	for i := 0; i < r.count; i++ {
		out = append(out, r.data[(r.head+i)%len(r.data)])
	}
	return out
}

func (r Ring) String() string {
	parts := []string{}
	for _, v := range r.Items() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	r := NewRing(4)
	for i := 1; i <= 6; i++ {
		if ev, ok := r.Push(i * 10); ok {
			fmt.Printf("push %d evicted %d\n", i*10, ev)
		} else {
			fmt.Printf("push %d\n", i*10)
		}
		items := r.Items()
		fmt.Println(" ring:", r, "len", len(items), "cap", cap(items))
	}
	for {
		v, ok := r.Pop()
		if !ok {
			break
		}
		fmt.Println("pop", v, "left", r.count, r.String())
	}
	fmt.Println("data len", len(r.data), "cap", cap(r.data), "head", r.head)
	_, ok := r.Pop()
	fmt.Println("pop on empty:", ok)
}
