package main

import "fmt"

type IntList []int
type Words []string
type Grid [][]int

func First[S ~[]E, E any](s S) E {
	return s[0]
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Grow[S ~[]E, E any](s S, extra ...E) S {
	return append(s, extra...)
}

func MapKeys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Registry map[string]int

func main() {
	il := IntList{4, 5, 6}
	fmt.Println(First(il))
	l, ok := Last(Words{"x", "y"})
	fmt.Println(l, ok)
	_, ok = Last(IntList{})
	fmt.Println(ok)
	c := Clone(il)
	c[0] = 99
	fmt.Printf("%T %v %v\n", c, c, il)
	g := Grow(Words{"a"}, "b", "c")
	fmt.Printf("%T %v %d\n", g, g, len(g))
	fmt.Println(First(Grid{{1, 2}, {3}}))
	fmt.Printf("%T\n", First(Grid{{1}}))
	fmt.Println(Clone(IntList(nil)) == nil)
	fmt.Println(MapKeys(Registry{"a": 1, "b": 2}))
	fmt.Println(First([]float64{2.5}))
}
