package main

import "fmt"

type Key struct {
	Name string
	Tags any
}

// memo caches results by an arbitrary key.
type memo struct {
	cache map[any]float64
	hits  int
}

func (m *memo) get(k any, compute func() float64) float64 {
	if v, ok := m.cache[k]; ok {
		m.hits++
		return v
	}
	v := compute()
	m.cache[k] = v
	return v
}

func main() {
	m := &memo{cache: map[any]float64{}}
	square := func(x float64) func() float64 {
		return func() float64 { return x * x }
	}
	fmt.Println(m.get("a", square(1.5)), m.get("a", square(9)))
	fmt.Println(m.get(Key{"k", 1.5}, square(2)), m.get(Key{"k", 1.5}, square(3)))
	fmt.Println(m.get([2]any{1, "x"}, square(0.5)), m.get([2]any{1, "x"}, square(4)))
	fmt.Println(len(m.cache), m.hits)

	// Lookups with a different hashable key miss.
	_, ok := m.cache[Key{"k", 2.5}]
	fmt.Println(ok)

	// A struct whose any field holds a slice cannot be hashed.
	bad := Key{"k", []int{1, 2}}
	fmt.Println("inserting", bad.Name)
	m.get(bad, square(5))
	fmt.Println("not reached")
}
