package main

import "fmt"

type Animal interface{ Sound() string }
type Walker interface{ Legs() int }

type Dog struct{ name string }
type Fish struct{}

func (d Dog) Sound() string { return d.name + " woof" }
func (d Dog) Legs() int     { return 4 }
func (Fish) Sound() string  { return "blub" }

func check(a Animal) {
	if d, ok := a.(Dog); ok {
		fmt.Println("  is Dog named", d.name)
	} else {
		fmt.Printf("  not Dog, zero value: %+v\n", d)
	}
	if w, ok := a.(Walker); ok {
		fmt.Println("  walks on", w.Legs(), "legs")
	} else {
		fmt.Println("  no legs, w == nil:", w == nil)
	}
	_, isFish := a.(Fish)
	_, isPtrDog := a.(*Dog)
	fmt.Println("  fish:", isFish, "ptrdog:", isPtrDog)
}

func main() {
	animals := []Animal{Dog{"rex"}, Fish{}, &Dog{"ptr"}, nil}
	for i, a := range animals {
		fmt.Printf("animal %d: %T\n", i, a)
		check(a)
	}
	var x any = 3
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var st fmt.Stringer
	st, ok = x.(fmt.Stringer)
	fmt.Println(st, ok)
	var e error
	_, ok = e.(error)
	fmt.Println("nil error assert to error:", ok)
	if v, ok := x.(int); ok && v > 2 {
		fmt.Println("big int", v*10)
	}
}
