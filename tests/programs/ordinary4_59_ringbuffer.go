package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("buffer full")
var ErrEmpty = errors.New("buffer empty")

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Put(v T) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Overwrite(v T) {
	if r.size == len(r.buf) {
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.Put(v)
}

func (r *Ring[T]) Get() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Items() []T {
	out := make([]T, r.size)
	for i := range r.size {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

type MovingAvg struct {
	r   *Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
	if m.r.size == len(m.r.buf) {
		old, _ := m.r.Get()
		m.sum -= old
	}
	m.r.Put(x)
	m.sum += x
	return m.sum / float64(m.r.size)
}

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 4; i++ {
		if err := r.Put(i); err != nil {
			fmt.Println("put", i, "->", err)
		}
	}
	fmt.Println(r.Items(), r.buf)
	v, _ := r.Get()
	fmt.Println("got", v, r.Items())
	r.Overwrite(10)
	r.Overwrite(11)
	r.Overwrite(12)
	fmt.Println(r.Items(), r.buf, r.head)
	for {
		v, err := r.Get()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	s := NewRing[string](2)
	s.Put("x")
	fmt.Printf("%q %+v\n", s.Items(), *s)
	m := MovingAvg{r: NewRing[float64](3)}
	for _, x := range []float64{1, 2, 3, 4, 10, 0} {
		fmt.Printf("%.3f ", m.Add(x))
	}
	fmt.Println()
}
