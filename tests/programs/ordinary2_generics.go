package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Score int

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	sq := Map(nums, func(n int) int { return n * n })
	strs := Map(sq, strconv.Itoa)
	fmt.Println(sq, strings.Join(strs, "+"))
	ev := Filter(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(ev, len(ev), cap(ev))
	fmt.Println(Reduce(nums, 0, func(a, n int) int { return a + n }))
	fmt.Println(Reduce(strs, "", func(a string, s string) string { return a + s[:1] }))
	fmt.Println(Sum(1.5, 2.25), Sum[int](), Sum(Score(3), Score(4)))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, ps[0])
	fmt.Printf("%v %+v %T\n", ps[1], ps[1], ps[1])
	var st Stack[string]
	for _, w := range strings.Fields("to be or not") {
		st.Push(w)
	}
	fmt.Println(len(st.items), cap(st.items))
	for {
		w, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	var fs Stack[float64]
	v, ok := fs.Pop()
	fmt.Println(v, ok)
}
