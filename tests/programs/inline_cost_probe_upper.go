package main

import (
	"fmt"
	"iter"
)

var sink int

type S struct{ a, b, c, d, e, f, g, h int }
type N struct {
	s  S
	p  *S
	ss []S
}

func two() (int, int)           { return 1, 2 }
func four() (int, int, int, int) { return 1, 2, 3, 4 }
func take4(a, b, c, d int) int  { return a }

func u1() (int, int)              { return two() }
func u2() int                     { return take4(four()) }
func u3(x int) string             { return fmt.Sprintf("%d %d %d %d %d %d", x, x, x, x, x, x) }
func u4(x int) S                  { return S{x, x, x, x, x, x, x, x} }
func u5(x int) *N                 { return &N{s: S{a: x}, p: &S{b: x}, ss: []S{{c: x}, {d: x}}} }
func u6(x any) int {
	switch x.(type) {
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, string, float32, float64, bool, error:
		return 1
	}
	return 0
}
func u7(seq iter.Seq2[int, int]) int {
	n := 0
	for k, v := range seq {
		if k > 10 {
			return v
		}
		if v < 0 {
			break
		}
		if v == 0 {
			continue
		}
		n += k * v
	}
	return n
}
func u8(xs []int) []func() int {
	var fs []func() int
	for i, x := range xs {
		fs = append(fs, func() int { return i + x })
	}
	return fs
}
func u9(a, b, c, d, e string) string { return a + b + c + d + e + a + b + c + d + e }
func u10(m map[string]int) map[string]int {
	return map[string]int{"a": m["a"], "b": m["b"], "c": 3, "d": 4}
}
func u11(c1, c2, c3 chan int) int {
	select {
	case v := <-c1:
		return v
	case v, ok := <-c2:
		if ok {
			return v
		}
	case c3 <- 1:
	}
	return 0
}
func u12(x int) (a, b, c, d int) { a, b, c, d = four(); return }
func u13(xs []int) int {
	a, b := two()
	c, d := two()
	e, f := two()
	return a + b + c + d + e + f + len(xs)
}
func u14(x int) []any { return []any{x, x, "a", 3, nil, S{}} }
func u15(x int) int {
	for i := range 3 {
		defer func() { x += i }()
	}
	return x
}
func u16(n *N) int { return n.p.a + n.s.b + n.ss[0].c + n.ss[1].d }

func main() {
	sink = u2() + len(u3(1)) + u4(1).a + u5(1).s.a + u6(1) + u7(func(y func(int, int) bool) {}) + len(u8(nil)) + len(u9("", "", "", "", "")) + len(u10(nil)) + u11(nil, nil, nil) + u13(nil) + len(u14(1)) + u15(1) + u16(u5(1))
	a, b := u1()
	c, d, e, f := u12(1)
	sink += a + b + c + d + e + f
}
