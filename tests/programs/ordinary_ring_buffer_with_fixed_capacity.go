// Ring buffer with fixed capacity
package main

import "fmt"

type Ring struct {
	buf        []int
	head, size int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Push(v int) {
	idx := (r.head + r.size) % len(r.buf)
	r.buf[idx] = v
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r *Ring) Items() []int {
	out := make([]int, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func (r *Ring) Average() float64 {
	if r.size == 0 {
		return 0
	}
	sum := 0
	for _, v := range r.Items() {
		sum += v
	}
	return float64(sum) / float64(r.size)
}

func main() {
	r := NewRing(4)
	for i := 1; i <= 7; i++ {
		r.Push(i * i)
		items := r.Items()
		fmt.Printf("push %2d -> %v len=%d cap=%d avg=%.2f\n", i*i, items, len(items), cap(items), r.Average())
	}
	fmt.Println("raw buffer:", r.buf, "head:", r.head)
	moving := NewRing(3)
	readings := []int{10, 12, 11, 30, 31, 29, 10}
	for _, v := range readings {
		moving.Push(v)
		fmt.Printf("%.1f ", moving.Average())
	}
	fmt.Println()
}
