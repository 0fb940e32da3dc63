package main

import "fmt"

type Fooer[t any] interface {
	foo(Barer[t])
}
type Barer[t any] interface {
	bar(Bazer[t])
}
type Bazer[t any] interface {
	Fooer[t]
	baz(t)
}

type Int int

func (n Int) baz(int)           {}
func (n Int) foo(b Barer[int]) { b.bar(n) }

func main() {
	var b Bazer[int] = Int(1)
	fmt.Printf("%T\n", b)
}
