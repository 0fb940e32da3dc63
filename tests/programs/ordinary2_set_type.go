package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(v string)           { s[v] = struct{}{} }
func (s Set) Has(v string) bool      { _, ok := s[v]; return ok }
func (s Set) Remove(v string)        { delete(s, v) }
func (s Set) Len() int               { return len(s) }

func (s Set) Union(o Set) Set {
	r := NewSet()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := NewSet()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Diff(o Set) Set {
	r := NewSet()
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) String() string { return "{" + strings.Join(s.Sorted(), ", ") + "}" }

func main() {
	a := NewSet("go", "rust", "c", "zig")
	b := NewSet("python", "go", "c", "ruby")
	fmt.Println(a, b)
	fmt.Println("union", a.Union(b), a.Union(b).Len())
	fmt.Println("inter", a.Intersect(b))
	fmt.Println("a-b", a.Diff(b), "b-a", b.Diff(a))
	a.Remove("zig")
	a.Remove("nothing")
	fmt.Println(a.Has("zig"), a.Has("go"), a.Len())
	var empty Set
	fmt.Println(empty.Has("x"), empty.Len(), empty)
	fmt.Println(map[string]struct{}(a))
	ints := map[int]bool{}
	for _, n := range []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} {
		ints[n] = true
	}
	fmt.Println(ints, len(ints))
}
