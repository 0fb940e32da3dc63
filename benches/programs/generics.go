// Generic code: a generic binary heap and Map/Filter/Reduce helpers over 1,000,000 records,
// sorted with slices.SortFunc and searched with slices.BinarySearchFunc, and a generic
// ordered set; instances for int, float64, string and a struct.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.less(h.items[l], h.items[m]) {
			m = l
		}
		if r < len(h.items) && h.less(h.items[r], h.items[m]) {
			m = r
		}
		if m == i {
			return top
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	out := make([]T, 0, len(xs)/2)
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func SumOf[T cmp.Ordered](xs []T, zero T) T {
	for _, x := range xs {
		zero += x
	}
	return zero
}

type Record struct {
	ID    int
	Score float64
	Name  string
}

func main() {
	const n = 1000000
	ids := make([]int, n)
	for i := range ids {
		ids[i] = (i*7919 + 13) % n
	}
	recs := Map(ids, func(id int) Record {
		return Record{ID: id, Score: float64(id%1000) / 7, Name: "r" + strconv.Itoa(id%5000)}
	})
	good := Filter(recs, func(r Record) bool { return r.Score > 50 })
	total := Reduce(good, 0.0, func(a float64, r Record) float64 { return a + r.Score })
	slices.SortFunc(recs, func(a, b Record) int {
		if c := cmp.Compare(a.Score, b.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	i, found := slices.BinarySearchFunc(recs, 99.0, func(r Record, s float64) int { return cmp.Compare(r.Score, s) })
	h := &Heap[int]{less: func(a, b int) bool { return a < b }}
	for _, id := range ids[:200000] {
		h.Push(id)
	}
	popped := 0
	for k := 0; k < 100000; k++ {
		popped += h.Pop() % 10
	}
	names := Map(recs[:100000], func(r Record) string { return r.Name })
	slices.Sort(names)
	names = slices.Compact(names)
	fmt.Println(len(good), int(total), i, found, popped, len(names), SumOf(ids[:1000], 0))
}
