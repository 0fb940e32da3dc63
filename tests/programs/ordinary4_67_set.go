package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)   { delete(s, v) }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}
func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func Sorted[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), Sorted(a.Diff(b)), Sorted(b.Diff(a)))
	a.Remove(1)
	a.Remove(100)
	fmt.Println(a.Len(), a.Has(1), a.Has(2))
	words := NewSet(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(Sorted(words), words.Len())
	type pt struct{ x, y int }
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Has(pt{2, 1}))
	fmt.Println(NewSet[string]().Len(), len(NewSet(0)))
	empty := Set[int]{}
	fmt.Println(empty, NewSet("x"))
	fmt.Printf("%v %T\n", NewSet(true), a)
	letters := NewSet[rune]()
	for _, r := range "hello world" {
		letters.Add(r)
	}
	rs := make([]string, 0)
	for r := range letters {
		rs = append(rs, string(r))
	}
	sort.Strings(rs)
	fmt.Printf("%q\n", rs)
}
