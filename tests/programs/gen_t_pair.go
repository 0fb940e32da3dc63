package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

type raw[A, B any] struct {
	First  A
	Second B
}

func main() {
	p := MakePair("age", 42)
	fmt.Println(p)
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	r := raw[string, int]{"x", 1}
	fmt.Printf("%v|%+v|%T\n", r, r, r)
	fmt.Printf("%#v\n", r)
	q := p.Swap()
	fmt.Printf("%v %T\n", q, q)
	es := Entries(map[string]float64{"b": 2, "a": 1, "c": 3}, func(a, b string) bool { return a < b })
	fmt.Println(es)
	fmt.Printf("%T\n", es)
	nested := raw[raw[int, bool], []string]{raw[int, bool]{1, true}, []string{"z"}}
	fmt.Printf("%+v\n%T\n", nested, nested)
	fmt.Println(p == Pair[string, int]{"age", 42})
}
