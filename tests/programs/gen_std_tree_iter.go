package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (n *node[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(yield) }
}

func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func SameKeys[K cmp.Ordered, V any](a, b *Tree[K, V]) bool {
	na, sa := iter.Pull(a.Keys())
	defer sa()
	nb, sb := iter.Pull(b.Keys())
	defer sb()
	for {
		ka, oka := na()
		kb, okb := nb()
		if oka != okb || ka != kb {
			return false
		}
		if !oka {
			return true
		}
	}
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z", "c"} {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println("size", t.size)
	for k := range t.Keys() {
		if k > "e" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(t.Keys()))

	var u Tree[string, int]
	for _, w := range []string{"a", "z", "e", "x", "c", "m"} {
		u.Put(w, 0)
	}
	fmt.Println("same keys:", SameKeys(&t, &u))
	u.Put("b", 1)
	fmt.Println("same keys:", SameKeys(&t, &u))

	var nums Tree[float64, string]
	for _, f := range []float64{3.5, -1, 2, 10} {
		nums.Put(f, fmt.Sprint(f*2))
	}
	for k, v := range nums.All() {
		fmt.Printf("%v:%s ", k, v)
	}
	fmt.Println()
}
