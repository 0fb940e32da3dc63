package main

import (
	"fmt"
	"strings"
)

type P struct{ a, b, c, d int }

func g() (int, string)       { return 1, "a" }
func two() (int, int)        { return 3, 4 }
func ps() (P, P, P)          { return P{1, 2, 3, 4}, P{5, 6, 7, 8}, P{9, 10, 11, 12} }
func pr(xs ...any)           { fmt.Println(len(xs), xs) }
func fix(a int, xs ...int)   { fmt.Println(a, xs == nil, len(xs)) }
func fixs(a P, rest ...P)    { fmt.Println(a, rest) }
func join(sep string, xs ...string) string { return strings.Join(xs, sep) }
func strs() (string, string, string) { return "-", "x", "y" }

type T struct{ n int }

func (t T) Add(xs ...int) int {
	for _, x := range xs {
		t.n += x
	}
	return t.n
}

func main() {
	pr(g())
	fix(two())
	fixs(ps())
	fmt.Println(join(strs()))
	fmt.Println(T{10}.Add(two()))
	f := fix
	f(two())
	var h func(...int) = func(xs ...int) { fmt.Println(xs) }
	h(two())
	fmt.Println(fmt.Sprint(g()))
}

func ab(a, b int, xs ...int) { fmt.Println(a, b, xs == nil, len(xs)) }

func init() {
	ab(two())
}
