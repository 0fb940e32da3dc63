package main

import "fmt"

// Package variables are initialised in declaration order, except that a variable waits for
// those it depends on — through the functions and methods its initializer calls, and
// the function literals inside it.
var a = f()
var b = g() + 1
var c = 2

func f() int { return b * 10 }
func g() int { return c }

type T struct{ n int }

func (t T) M() int { return d + t.n }

var e = T{1}.M()
var d = 5

var h = func() int { return k * 2 }()
var k = initK()

func initK() int {
	trace = append(trace, "k")
	return 21
}

var trace []string

var m = mk()

func mk() map[string]int {
	trace = append(trace, "m")
	return map[string]int{"n": n}
}

var n = len(names)
var names = []string{"x", "y", "z"}

var p = apply(double, q)
var q = 4

func double(x int) int { return x * 2 }
func apply(fn func(int) int, x int) int { return fn(x) + r }

var r = 100

func main() {
	fmt.Println(a, b, c, d, e, h, k, m, n, p, q, r)
	fmt.Println(trace)
}
