// Generic data structures: Pair, Set, Max/Min with constraints
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}
func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }
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

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func main() {
	ps := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	fmt.Println(ps)
	s1 := NewSet(1, 2, 3)
	s2 := NewSet(3, 4)
	u := s1.Union(s2)
	fmt.Println(u.Len(), u.Has(4), u.Has(5))
	fmt.Println(SortedKeys(u))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(1.5, -2.0))
	fmt.Println(SortedKeys(map[string]bool{"z": true, "m": false, "a": true}))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), min(3, 1, 2), max(2.5, 1))
	p := Pair[int, []string]{1, []string{"x"}}
	fmt.Printf("%v %+v\n", p, p.Val)
}
