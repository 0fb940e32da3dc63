package main

import "fmt"

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (Pair[_, _]) Kind() string    { return "pair" }
func (p *Pair[K0, _]) Reset(){ p.k = *new(K0) }
func (p Pair[K, _]) Keys() []K     { return []K{p.k} }
func (_ Pair[_, V]) Zero() (v V)   { return }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p.Kind(), p.Keys(), p.Zero())
	p.Reset()
	fmt.Printf("%q\n", p.k)
}
