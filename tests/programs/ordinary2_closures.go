package main

import (
	"fmt"
	"strings"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func makeAccumulators() []func() int {
	var fs []func() int
	for i := range 4 {
		fs = append(fs, func() int { return i * i })
	}
	return fs
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	add5 := adder(5)
	double := func(x int) int { return x * 2 }
	f := compose(add5, double, adder(-1))
	fmt.Println(f(0), f(10))
	for _, g := range makeAccumulators() {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	prefixer := func(p string) func(string) string {
		return func(s string) string { return p + s }
	}
	tags := []string{"a", "b"}
	fns := map[string]func(string) string{
		"upper": strings.ToUpper,
		"hi":    prefixer("hi "),
		"rev": func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		},
	}
	for _, k := range []string{"upper", "hi", "rev", "none"} {
		if fn, ok := fns[k]; ok {
			fmt.Println(k, fn("hello"))
		} else {
			fmt.Println(k, "missing", fn == nil)
		}
	}
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x, tags)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))
}
