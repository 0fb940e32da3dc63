package main

import "fmt"

type T struct{ n int }

func (t T) build() {
	var s []int
	for i := 0; i < t.n; i++ {
		s = append(s, i)
	}
	fmt.Println("value recv", t.n, len(s), cap(s))
}

//go:noinline
func (t *T) buildP(extra []int) {
	var s []string
	s = append(s, "a")
	fmt.Println("ptr recv local", t.n, len(s), cap(s))
	extra = append(extra, t.n)
	fmt.Println("ptr recv param", t.n, len(extra), cap(extra))
}

func main() {
	for _, n := range []int{0, 1, 4, 5} {
		T{n}.build()
	}
	t := &T{7}
	t.buildP(nil)
	t.buildP([]int{})
	t.buildP([]int{1, 2})
	t.buildP(make([]int, 0, 10))
	f := T.build
	f(T{3})
}
