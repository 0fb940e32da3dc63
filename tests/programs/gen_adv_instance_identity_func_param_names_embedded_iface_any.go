package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func a() any { return Box[struct{ X int }]{} }
func b() any { return Box[struct{ X int }]{} }
func c() any { return Box[interface{ A(); B() }]{} }
func d() any { return Box[interface{ B(); A() }]{} }
func e() any { return &Box[func(x int) (y string)]{} }
func g() any { return Box[interface{ fmt.Stringer; error }]{} }
func h() any { return Box[interface{ Error() string; String() string }]{} }
func i() any { return Box[struct{ X int `json:"x"` }]{} }
func j() any { return Box[struct{ X int }]{} }
func k() any { return Box[[2]interface{}]{} }
func l() any { return Box[[2]any]{} }

func main() {
	fmt.Println(a() == b(), c() == d(), g() == h(), i() == j(), k() == l())
	_, ok1 := e().(*Box[func(int) string])
	_, ok := d().(Box[interface{ A(); B() }])
	_, ok2 := h().(interface{ Get() interface{ fmt.Stringer; error } })
	fmt.Println(ok1, ok, ok2)
}
