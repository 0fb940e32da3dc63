package main

import (
	"fmt"
)

type T struct{ a, b int32 }

type Holder struct {
	name  string
	items []T
}

//go:noinline
func (h *Holder) fill(n int) {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		s[i].b -= int32(i)
	}
	h.items = s
}

func main() {
	for n := 0; n < 7; n++ {
		h := &Holder{name: "h"}
		h.fill(n)
		fmt.Println(n, len(h.items), cap(h.items), h.items)
	}
}
