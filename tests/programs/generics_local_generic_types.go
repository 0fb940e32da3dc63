package main

import "fmt"

type Box[T any] struct{ V T }

func G[T any](v T) string {
	type Local[U any] struct {
		a T
		b U
	}
	return fmt.Sprintf("%T %v", Local[int]{v, 1}, Local[string]{v, "x"})
}

func main() {
	type X int
	type Pair[K comparable, V any] struct {
		k K
		v V
		x X
	}
	type List[T any] []T
	type Alias[T any] = map[string]T
	p := Pair[string, float64]{"a", 1.5, 7}
	fmt.Printf("%T %v %+v\n", p, p, p)
	l := List[X]{1, 2}
	fmt.Printf("%T %v %d\n", l, l, len(l))
	m := Alias[int]{"a": 1}
	fmt.Printf("%T %v\n", m, m)
	fmt.Printf("%T\n", Box[Pair[int, int]]{})
	fmt.Println(G(3), G("s"))
	type Tree[T any] struct {
		left, right *Tree[T]
		v           T
	}
	t := &Tree[int]{v: 1, left: &Tree[int]{v: 0}}
	fmt.Println(t.v, t.left.v, t.right == nil)
}
