package main

import (
	"errors"
	"fmt"
)

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	fmt.Fprint(s, "partial:")
	if f.n == 1 {
		panic("boom")
	}
	if f.n == 2 {
		panic(errors.New("err boom"))
	}
	if f.n == 3 {
		panic(fmt.Sprintf("%d", 33))
	}
	var m map[string]int
	m["x"] = 1
}

type P struct{}

func (p *P) Format(s fmt.State, verb rune) {
	panic("never")
}

type Str struct{}

func (Str) String() string { panic(42) }

func main() {
	fmt.Println(F{1}, F{2})
	fmt.Printf("%5d|%-8s|\n", F{3}, F{4})
	fmt.Printf("[%10v]\n", F{1})
	var p *P
	fmt.Printf("[%8v][%-6v][%d]\n", p, p, p)
	fmt.Println([]any{F{1}, p})
	fmt.Println(Str{}, []Str{{}})
	fmt.Printf("%x %q\n", Str{}, Str{})
	fmt.Println("after")
}
