package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("A")
var ErrB = errors.New("B")
var ErrC = errors.New("C")

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my %d", e.code) }

type ValErr struct{ s string }

func (v ValErr) Error() string { return "val " + v.s }

func main() {
	e1 := fmt.Errorf("wrap1: %w", ErrA)
	e2 := fmt.Errorf("two: %w and %w", e1, ErrB)
	e3 := errors.Join(e2, nil, &MyErr{7}, ValErr{"x"})
	e4 := fmt.Errorf("top %v / %w", ErrC, e3)
	fmt.Println(e4)
	fmt.Printf("%T %T %T %T\n", e1, e2, e3, e4)
	for _, t := range []error{ErrA, ErrB, ErrC, e1, e2, e3, nil} {
		fmt.Println(errors.Is(e4, t))
	}
	var me *MyErr
	fmt.Println(errors.As(e4, &me), me.code)
	var ve ValErr
	fmt.Println(errors.As(e4, &ve), ve.s)
	fmt.Println(errors.Is(e4, ValErr{"x"}), errors.Is(e4, ValErr{"y"}))
	fmt.Println(errors.Unwrap(e4) == e3, errors.Unwrap(e3), errors.Unwrap(e2), errors.Unwrap(e1) == ErrA)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(ErrA)
	fmt.Println(j, j == ErrA, errors.Is(j, ErrA))
	if u, ok := e2.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0] == e1)
	}
	e5 := fmt.Errorf("%w %w %w", ErrA, ErrA, ErrB)
	if u, ok := e5.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	fmt.Printf("%q\n", e3.Error())
	fmt.Printf("%v|%s|%q|%x|%+v|%10.3v|\n", e1, e1, e1, e1, e1, e1)
}
