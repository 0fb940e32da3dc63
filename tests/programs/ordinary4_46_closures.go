package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	add5 := adder(5)
	fmt.Println(add5(10), adder(-1)(1))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	lenThenDouble := compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("hello"))
	pipeline := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return "<" + s + ">" })
	fmt.Println(pipeline("  go lang  "))
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("7 %s 2 = %g\n", k, ops[k](7, 2))
	}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	x := 10
	modify := func() { x *= 2 }
	modify()
	modify()
	fmt.Println(x)
	var nilFunc func()
	fmt.Println(nilFunc == nil, add5 != nil)
	people := []string{"bob", "Alice", "carol", "Dave"}
	sort.Slice(people, func(i, j int) bool { return strings.ToLower(people[i]) < strings.ToLower(people[j]) })
	fmt.Println(people)
	fmt.Printf("%T\n", ops["+"])
}
