package main

import "fmt"

// Each variable of a `var a, b = x, y` spec is initialised on its own, when what it
// depends on is ready; a variable of a spec may depend on another of the same spec.
func p(s string, v int) int {
	fmt.Println("init", s, v)
	return v
}

var a, b = p("a", c), p("b", 2)
var c = p("c", 3)

var d, e = 1, f()

func f() int { return d + 1 }

var g, h = i, 10
var i = h * 2

type B struct{ arr [3]int }
type A = [len(B{}.arr)]int

var arr A

func main() {
	fmt.Println(a, b, c, d, e, g, h, i, len(arr))
}
