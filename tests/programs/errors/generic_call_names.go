package main

import (
	"cmp"
	"fmt"
	"slices"
	sl "slices"
)

func Pair[K comparable, V any](k K) V {
	var v V
	_ = k
	return v
}

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	// A generic callee is named as written, with its package or type arguments.
	fmt.Println(sl.Index([]int{1}, "a"))
	fmt.Println(cmp.Compare(1, "a"))
	fmt.Println(Pair[string](1))
	// Arguments are counted before inference, against the generic signature.
	fmt.Println(slices.Max([]int{1}, 2))
	fmt.Println(slices.Insert([]int{1}))
	fmt.Println(slices.Contains(three()))
	fmt.Println(Pair[int]("a", 2))
	// A generic function used as a value.
	f := slices.Collect
	g := Pair[int]
	h := (sl.Sort)
	fmt.Println(f, g, h)
}
