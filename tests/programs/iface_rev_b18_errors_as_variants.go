package main

import (
	"errors"
	"fmt"
)

type E1 struct{ s string }

func (e E1) Error() string { return "E1 " + e.s }

type E2 struct{ s string }

func (e *E2) Error() string { return "E2 " + e.s }

type AsErr struct{}

func (AsErr) Error() string { return "AsErr" }
func (AsErr) As(target any) bool {
	if p, ok := target.(*E1); ok {
		*p = E1{"from As"}
		return true
	}
	return false
}

type IsErr struct{ n int }

func (IsErr) Error() string { return "IsErr" }
func (e IsErr) Is(t error) bool {
	x, ok := t.(IsErr)
	return ok && x.n%10 == e.n%10
}

type Temp interface{ Temporary() bool }

type TE struct{}

func (TE) Error() string   { return "TE" }
func (TE) Temporary() bool { return true }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	var e1 E1
	fmt.Println(errors.As(fmt.Errorf("w %w", E1{"a"}), &e1), e1)
	var e2 *E2
	fmt.Println(errors.As(errors.Join(errors.New("x"), &E2{"b"}), &e2), e2.s)
	var e1b E1
	fmt.Println(errors.As(AsErr{}, &e1b), e1b)
	fmt.Println(errors.Is(IsErr{3}, IsErr{13}), errors.Is(IsErr{3}, IsErr{4}))
	fmt.Println(errors.Is(fmt.Errorf("%w", IsErr{5}), IsErr{25}))
	var t Temp
	fmt.Println(errors.As(fmt.Errorf("a %w", fmt.Errorf("b %w", TE{})), &t), t != nil)
	var anyT any
	fmt.Println(errors.As(TE{}, &anyT), anyT)
	var err error
	fmt.Println(errors.As(E1{"c"}, &err), err)
	try(func() { errors.As(E1{}, nil) })
	try(func() { var p *E1; errors.As(E1{}, p) })
	try(func() { errors.As(E1{}, e1) })
	try(func() { var s string; errors.As(E1{}, &s) })
	try(func() { var e2v E2; errors.As(E1{}, &e2v) })
	fmt.Println(errors.As(nil, &e1))
	fmt.Println(errors.Is(nil, nil), errors.Is(E1{}, nil), errors.Is(nil, E1{}))
}
