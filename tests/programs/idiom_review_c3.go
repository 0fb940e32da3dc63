package main

import "fmt"

type A struct {
	X int `t:"a"`
}
type B struct{ X int }

func convp[P ~*A, Q ~*B](p P) Q { return Q(p) }

func conv2[P ~[]struct {
	X int `t:"a"`
}, Q ~[]struct{ X int }](p P) Q {
	return Q(p)
}

func conv3[P ~map[int]struct{X int `t:"a"`}, Q ~map[int]struct{X int}](p P) Q { return Q(p) }

type BP *B

func main() {
	a := &A{3}
	b := convp[*A, BP](a)
	b.X = 4
	fmt.Println(*a, *b)
	xs := []struct {
		X int `t:"a"`
	}{{7}}
	ys := conv2[[]struct {
		X int `t:"a"`
	}, []struct{ X int }](xs)
	ys[0].X = 8
	ys = append(ys, struct{ X int }{1})
	ys[0].X = 10
	fmt.Println(xs, ys)
	m := map[int]struct{X int `t:"a"`}{}
	mb := conv3[map[int]struct{X int `t:"a"`}, map[int]struct{X int}](m)
	mb[1] = struct{X int}{2}
	fmt.Println(m)
}
