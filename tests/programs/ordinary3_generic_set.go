package main

import (
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)           { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool      { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Remove(x T)        { delete(s.m, x) }
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	return out
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet(s.Items()...)
	for k := range o.m {
		r.Add(k)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func sortedInts(s *Set[int]) []int {
	it := s.Items()
	slices.Sort(it)
	return it
}

func sortedStrs(s *Set[string]) string {
	it := s.Items()
	slices.Sort(it)
	return "{" + strings.Join(it, " ") + "}"
}

func main() {
	a := NewSet(1, 2, 3, 4, 5, 3, 1)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(a.Len(), b.Len(), sortedInts(a), sortedInts(b))
	fmt.Println("union", sortedInts(a.Union(b)))
	fmt.Println("inter", sortedInts(a.Intersect(b)))
	a.Remove(1)
	a.Remove(42)
	fmt.Println(a.Has(1), a.Has(2), sortedInts(a))
	vowels := NewSet(strings.Split("aeiou", "")...)
	text := "generic sets in go are handy"
	seen := NewSet[string]()
	for _, r := range text {
		if vowels.Has(string(r)) {
			seen.Add(string(r))
		}
	}
	fmt.Println(sortedStrs(seen), sortedStrs(vowels.Intersect(seen)))
	type pt struct{ x, y int }
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Has(pt{2, 1}), ps.Has(pt{3, 3}))
	empty := NewSet[float64]()
	items := empty.Items()
	fmt.Println(items, len(items), cap(items), items == nil)
}
