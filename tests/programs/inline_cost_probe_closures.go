package main

var sink int

func k1(x int) int               { f := func() int { return x }; return f() }
func k2(x int) int               { return func() int { return x * 2 }() }
func k3(x int) int               { return func(y int) int { return y + 1 }(x) }
func k4(x int) func() int        { return func() int { return x } }
func k5(x int) int               { f := func(y int) int { return y }; return f(x) + f(x) }
func k6(x int) int               { func() { x++ }(); return x }
func k7(x int) int               { var f func() int; f = func() int { return x }; return f() }
func k8(g func() int) int        { return func() int { return g() }() }
func k9(x int) int               { f := func() int { return x }; g := f; return g() }
func k10(x int) int              { return func() int { return func() int { return x }() }() }
func k11(xs []int) int           { n := 0; each(xs, func(v int) { n += v }); return n }
func each(xs []int, f func(int)) { for _, v := range xs { f(v) } }
func k12(x int) int              { f := func() {}; f(); return x }
func k13(x int) int              { if x > 0 { return func() int { return 1 }() }; return 0 }
func k14(x int) int {
	g := func(f func() int) int { return f() }
	return g(func() int { return x })
}
func k15(h func(int) int, x int) int { f := h; return f(x) }
func k16(x int) int {
	f := func() int { return x }
	return func() int { return f() }()
}

func main() {
	defer func() {}()
	sink = k1(1) + k2(1) + k3(1) + k4(1)() + k5(1) + k6(1) + k7(1) + k8(func() int { return 1 }) + k9(1) + k10(1) + k11(nil) + k12(1) + k13(1) + k14(1) + k15(func(i int) int { return i }, 1) + k16(1)
}
