package main

import (
	"fmt"
)

type T struct{ a, b int32 }

func (t T) Get() int32   { return t.a }
func (t *T) Set(v int32) { t.b = v }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		(*T).Set(&s[i], T.Get(s[i])+1)
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}
