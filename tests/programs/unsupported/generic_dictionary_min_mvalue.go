package main

import "fmt"

// Minimal: a method value of a type parameter's value (x.M). gc's shape builds a closure
// for it (cost ~18 more than memrun's upper bound allows): gc does not inline F (cost 85),
// memrun takes it as certainly inlined (bounds 45..67).

type I int

func (I) M() {}

var g func()

func F[T interface{ M() }](x T, n int) []int {
	g = x.M
	n = n*3 + 1
	n = n*3 + 2
	n = n*3 + 3
	n = n*3 + 4
	n = n*3 + 5
	n = n*3 + 6
	var s []int
	s = append(s, n)
	return s
}

func main() {
	s := F(I(0), 1)
	fmt.Println(len(s), cap(s))
}
