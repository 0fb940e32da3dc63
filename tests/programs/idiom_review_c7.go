package main

import "fmt"

type A struct {
	X int `t:"a"`
}
type B struct{ X int }

func convp[P ~*A, Q ~*B](p P) Q { return Q(p) }

func main() {
	a := &A{3}
	b := convp[*A, *B](a)
	b.X = 4
	fmt.Println(*a, *b)
}
