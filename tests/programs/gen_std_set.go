package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) All() iter.Seq[T]  { return maps.Keys(s.m) }
func (s *Set[T]) Remove(v T)        { delete(s.m, v) }
func (s *Set[T]) Clone() *Set[T]    { return &Set[T]{m: maps.Clone(s.m)} }
func (s *Set[T]) Equal(o *Set[T]) bool { return maps.Equal(s.m, o.m) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := s.Clone()
	maps.Copy(r.m, o.m)
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := s.Clone()
	maps.DeleteFunc(r.m, func(k T, _ struct{}) bool { return !o.Has(k) })
	return r
}

func Sorted[T cmp.Ordered](s *Set[T]) []T { return slices.Sorted(s.All()) }

func main() {
	a := NewSet(strings.Fields("go rust zig go c")...)
	b := NewSet("c", "odin", "go", "java")
	fmt.Println(a.Len(), b.Len(), a.Has("zig"), b.Has("zig"))
	fmt.Println("union:", Sorted(a.Union(b)))
	fmt.Println("intersect:", Sorted(a.Intersect(b)))
	c := a.Clone()
	c.Remove("rust")
	fmt.Println(Sorted(a), Sorted(c), a.Equal(c))
	c.Add("rust")
	fmt.Println(a.Equal(c))

	nums := NewSet[int]()
	for i := range 20 {
		nums.Add(i * i % 7)
	}
	fmt.Println(Sorted(nums))
	primes := NewSet(2, 3, 5, 7, 11)
	fmt.Println(Sorted(primes.Intersect(nums)))
	count := 0
	for v := range primes.All() {
		if v > 3 {
			count++
		}
	}
	fmt.Println("primes > 3:", count)

	type point struct{ x, y int }
	ps := NewSet(point{1, 2}, point{1, 2}, point{3, 4})
	pts := slices.SortedFunc(ps.All(), func(p, q point) int { return cmp.Or(cmp.Compare(p.x, q.x), cmp.Compare(p.y, q.y)) })
	fmt.Println(ps.Len(), pts)
}
