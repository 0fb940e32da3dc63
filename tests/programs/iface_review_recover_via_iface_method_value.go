package main

import "fmt"

type R interface{ Rec() }
type T struct{}

func (T) Rec() { fmt.Println("recovered:", recover()) }

type W struct{ R }

func a() {
	var r R = T{}
	f := r.Rec
	defer f()
	panic("method value")
}

func b() {
	defer R.Rec(T{})
	panic("method expr")
}

func c() {
	var r R = W{T{}}
	defer r.Rec()
	panic("embedded iface")
}

func main() {
	defer func() { fmt.Println("main:", recover()) }()
	a()
	b()
	c()
}
