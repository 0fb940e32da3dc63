package main

import "fmt"

type Stats struct {
	Hits, Misses int
}

func memoize(f func(int) int, st *Stats) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			st.Hits++
			return v
		}
		st.Misses++
		v := f(n)
		cache[n] = v
		return v
	}
}

func slowSquare(n int) int {
	r := 0
	for range n {
		r += n
	}
	return r
}

type gridKey struct{ r, c int }

func main() {
	var st Stats
	sq := memoize(slowSquare, &st)
	for _, n := range []int{3, 4, 3, 3, 5, 4, 100} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", st)

	// Grid paths with a struct-keyed memo and a recursive closure.
	memo := map[gridKey]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := gridKey{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		memo[k] = v
		return v
	}
	fmt.Println(paths(2, 2), paths(10, 10), paths(16, 16))
	fmt.Println("memo entries:", len(memo))

	// Edit distance with a string-pair key.
	type pair struct{ a, b string }
	dmemo := map[pair]int{}
	var dist func(a, b string) int
	dist = func(a, b string) int {
		if len(a) == 0 {
			return len(b)
		}
		if len(b) == 0 {
			return len(a)
		}
		k := pair{a, b}
		if v, ok := dmemo[k]; ok {
			return v
		}
		var v int
		if a[0] == b[0] {
			v = dist(a[1:], b[1:])
		} else {
			v = 1 + min(dist(a[1:], b), dist(a, b[1:]), dist(a[1:], b[1:]))
		}
		dmemo[k] = v
		return v
	}
	for _, p := range []pair{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}} {
		fmt.Printf("%s -> %s: %d\n", p.a, p.b, dist(p.a, p.b))
	}

	// A cache with eviction, built from closures sharing state.
	type cache struct {
		get func(string) (int, bool)
		put func(string, int)
		n   func() int
	}
	newCache := func(limit int) cache {
		data := map[string]int{}
		var order []string
		return cache{
			get: func(k string) (int, bool) { v, ok := data[k]; return v, ok },
			put: func(k string, v int) {
				if _, ok := data[k]; !ok {
					order = append(order, k)
				}
				data[k] = v
				for len(order) > limit {
					delete(data, order[0])
					order = order[1:]
				}
			},
			n: func() int { return len(data) },
		}
	}
	c := newCache(2)
	c.put("a", 1)
	c.put("b", 2)
	c.put("a", 10)
	c.put("c", 3)
	for _, k := range []string{"a", "b", "c"} {
		v, ok := c.get(k)
		fmt.Println(k, v, ok)
	}
	fmt.Println("size", c.n())
}
