package main

import (
	"errors"
	"fmt"
)

type S struct{ A int }

func main() {
	e := fmt.Errorf("n=%w", 1)
	fmt.Printf("%v|%T|%v\n", e, e, errors.Unwrap(e))
	e = fmt.Errorf("nil=%w", nil)
	fmt.Printf("%v|%T|%v\n", e, e, errors.Unwrap(e))
	e = fmt.Errorf("s=%w", S{1})
	fmt.Printf("%v|%T\n", e, e)
	e = fmt.Errorf("sl=%w", []int{1, 2})
	fmt.Printf("%v|%T\n", e, e)
	e = fmt.Errorf("%w|%w", 1, errors.New("x"))
	fmt.Printf("%v|%T\n", e, e)
	if u, ok := e.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	e = fmt.Errorf("%w|%w", 1, 2)
	fmt.Printf("%v|%T\n", e, e)
	if u, ok := e.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap() == nil)
	}
	fmt.Println(fmt.Sprintf("%w", errors.New("x")))
	fmt.Println(fmt.Sprintf("%w", S{2}))
	fmt.Println(fmt.Sprintf("%w", []int{1}))
	fmt.Println(fmt.Sprintf("%w", &S{3}))
	fmt.Println(fmt.Sprintf("%+w %#w", errors.New("y"), errors.New("z")))
	e = fmt.Errorf("plain")
	fmt.Printf("%v|%T\n", e, e)
	e = fmt.Errorf("%d%%", 5)
	fmt.Printf("%v|%T\n", e, e)
	e = fmt.Errorf("%5w|%-5w|", errors.New("ab"), errors.New("cd"))
	fmt.Printf("%v|%T\n", e, e)
	e = fmt.Errorf("%s", errors.New("s"))
	fmt.Println(errors.Unwrap(e) == nil)
	e = fmt.Errorf("%d %w", errors.New("d"), errors.New("w"))
	fmt.Println(e)
}
