package main

import "fmt"

type Stringer interface {
	String() string
}

type Plain struct{ n int }

type PtrOnly struct{}

func (p *PtrOnly) String() string { return "p" }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(Show(Plain{1}))
	fmt.Println(Show(PtrOnly{}))
	fmt.Println(Show(42))
}
