package main

import (
	"errors"
	"fmt"
)

type U1 struct{ e error }

func (u U1) Error() string { return "U1" }
func (u U1) Unwrap() error { return u.e }

type U2 struct{ e error }

func (u *U2) Error() string  { return "U2" }
func (u *U2) Unwrap() string { return "not error" }

type U3 struct{ es []error }

func (u U3) Error() string   { return "U3" }
func (u U3) Unwrap() []error { return u.es }

var target = errors.New("target")

func main() {
	fmt.Println(errors.Unwrap(U1{target}) == target)
	fmt.Println(errors.Unwrap(&U2{target}))
	fmt.Println(errors.Is(&U2{target}, target))
	fmt.Println(errors.Unwrap(U3{[]error{target}}))
	fmt.Println(errors.Is(U3{[]error{nil, U1{nil}, U1{target}}}, target))
	fmt.Println(errors.Is(U3{nil}, target), errors.Is(U1{}, target))
	var u1 U1
	fmt.Println(errors.As(U3{[]error{nil, &U2{}, U1{target}}}, &u1), u1.e == target)
	deep := error(target)
	for i := 0; i < 1000; i++ {
		if i%2 == 0 {
			deep = fmt.Errorf("l%d: %w", i, deep)
		} else {
			deep = U3{[]error{errors.New("x"), deep}}
		}
	}
	fmt.Println(errors.Is(deep, target), len(deep.Error()))
	var p *U2
	fmt.Println(errors.As(deep, &p))
}
