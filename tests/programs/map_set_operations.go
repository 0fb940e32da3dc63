package main

import "fmt"

type Set map[int]bool

func NewSet(xs ...int) Set {
	s := Set{}
	for _, x := range xs {
		s[x] = true
	}
	return s
}

func (s Set) Has(x int) bool { return s[x] }

func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r[k] = true
	}
	for k := range o {
		r[k] = true
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o[k] {
			r[k] = true
		}
	}
	return r
}

func (s Set) Minus(o Set) Set {
	r := Set{}
	for k := range s {
		if !o.Has(k) {
			r[k] = true
		}
	}
	return r
}

func (s Set) Sorted() []int {
	out := make([]int, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (s Set) Equal(o Set) bool {
	if len(s) != len(o) {
		return false
	}
	for k := range s {
		if !o[k] {
			return false
		}
	}
	return true
}

func main() {
	a := NewSet(1, 2, 3, 4, 5, 3, 1)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(len(a), len(b))
	fmt.Println(a.Union(b).Sorted())
	fmt.Println(a.Intersect(b).Sorted())
	fmt.Println(a.Minus(b).Sorted(), b.Minus(a).Sorted())
	fmt.Println(a.Has(3), a.Has(9), NewSet().Has(0))
	fmt.Println(a.Union(b).Equal(b.Union(a)), a.Equal(b))
	fmt.Println(a)

	// struct{} values as a set.
	seen := map[string]struct{}{}
	var uniq []string
	for _, w := range []string{"b", "a", "b", "c", "a", "d"} {
		if _, ok := seen[w]; ok {
			continue
		}
		seen[w] = struct{}{}
		uniq = append(uniq, w)
	}
	fmt.Println(uniq, len(seen))
	fmt.Println(seen)

	// Deduplicate pairs with a struct key.
	type edge struct{ u, v int }
	edges := []edge{{1, 2}, {2, 1}, {1, 2}, {3, 4}, {4, 3}, {5, 5}}
	norm := map[edge]int{}
	for _, e := range edges {
		if e.u > e.v {
			e.u, e.v = e.v, e.u
		}
		norm[e]++
	}
	fmt.Println(norm)

	// Sieve with a map of composites.
	composite := map[int]bool{}
	var primes []int
	for n := 2; n < 60; n++ {
		if composite[n] {
			delete(composite, n)
			continue
		}
		primes = append(primes, n)
		for m := n * n; m < 60; m += n {
			composite[m] = true
		}
	}
	fmt.Println(primes, len(composite))

	// Symmetric difference via counting.
	cnt := map[int]int{}
	for k := range a {
		cnt[k]++
	}
	for k := range b {
		cnt[k]++
	}
	sym := Set{}
	for k, c := range cnt {
		if c == 1 {
			sym[k] = true
		}
	}
	fmt.Println(sym.Sorted())
}
