package main

import "fmt"

// gc does not record references to methods of generic types as initialization
// dependencies (it does for generic functions and for methods of ordinary types),
// even when reached through a generic function body or a promoted method of a
// non-generic struct embedding an instance. gc prints "init c" then "0 0 0 0 200";
// memrun orders c first: "200 200 200 200 200".
type Box[T any] struct{}

func (Box[T]) Val() int  { return c * 2 }
func (*Box[T]) Ptr() int { return c * 2 }

var d = Box[string]{}.Val()
var e = (*Box[int]).Ptr(nil)

func Get[T any]() int { return Box[T]{}.Val() }

var g = Get[bool]()

type Derived struct{ Box[float64] }

var h = Derived{}.Val()

var c = initC()

func initC() int { fmt.Println("init c"); return 100 }

type Plain struct{}

func (Plain) Val() int { return c * 2 }

var f = Plain{}.Val()

func main() {
	fmt.Println(d, e, g, h, f)
}
