package main

import "fmt"

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "F<%d%c>", f.n, verb)
}

type P struct{ n int }

func (p *P) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "P<%d%c>", p.n, verb)
}

type S struct {
	A F
	B *P
	C []F
	D map[string]F
	e F
	G any
	H P
}

func main() {
	s := S{A: F{1}, B: &P{2}, C: []F{{3}, {4}}, D: map[string]F{"k": {5}, "a": {6}}, e: F{7}, G: F{8}, H: P{9}}
	fmt.Println(s)
	fmt.Printf("%v\n%+v\n%d\n", s, s, s)
	fmt.Printf("%#v\n", s)
	fmt.Println(&s)
	fmt.Println([]any{F{1}, &P{2}, P{3}, nil})
	fmt.Println(map[F]int{{1}: 1})
	arr := [2]*P{{1}, nil}
	fmt.Println(arr[0], arr[1])
	fmt.Printf("%s|%v\n", arr[1], arr[1])
	fmt.Println(P{4})
	pp := &P{5}
	fmt.Println(pp, *pp)
}
