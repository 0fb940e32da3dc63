// As big_function_of_generic_calls, with pointer method calls (`x += t.PM()`, an implicit `&`).
package main

import (
	"fmt"
	"os"
)

type T struct{ k int }

func (t *T) PM() int { return t.k }

func one(n int) []int {
	var r []int
	if n < 0 {
		n = -n * 3
	}
	r = append(r, n+len(os.Args)-1)
	return r
}

func main() {
	x := len(os.Args)
	t := T{1}
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM(); x += t.PM()
	fmt.Println(x)
	g := one
	s := g(3)
	fmt.Println(len(s), cap(s))
	a := append(s, 10)
	b := append(s, 20)
	fmt.Println(a[1], b[1])
}
