package main

import "fmt"

type Tree struct {
	L, R *Tree
	K    int
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.L.Walk(f)
	f(t)
	t.R.Walk(f)
}

func ins(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{K: k}
	}
	if k < t.K {
		t.L = ins(t.L, k)
	} else {
		t.R = ins(t.R, k)
	}
	return t
}

// Slices captured by literals gc never inlines (passed to a recursive method) and appended
// there: gc grows them on the heap, so their capacities are growslice's. The one appended
// through a literal gc inlines (add) is the host's own variable again.
func main() {
	var root *Tree
	for _, k := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = ins(root, k)
	}
	var keys []int
	root.Walk(func(n *Tree) { keys = append(keys, n.K) })
	fmt.Println(keys, len(keys), cap(keys))
	keys = keys[:0]
	root.Walk(func(n *Tree) {
		if n.K%2 == 1 {
			keys = append(keys, n.K)
		}
	})
	fmt.Println(keys, len(keys), cap(keys))
	var small []int
	root.Walk(func(n *Tree) {
		if n.K < 3 {
			small = append(small, n.K)
		}
	})
	fmt.Println(len(small), cap(small))
	var inl []int
	add := func(v int) { inl = append(inl, v) }
	add(1)
	add(2)
	fmt.Println(len(inl), cap(inl))
}
