package main

import (
	"errors"
	"fmt"
)

var base = errors.New("base")

type R struct{ depth int }

func (r R) Error() string {
	if r.depth == 0 {
		return "leaf"
	}
	inner := fmt.Errorf("lvl%d(%w)", r.depth, R{r.depth - 1})
	return inner.Error() + fmt.Sprintf("[%w]", base)
}

type S struct{}

func (S) String() string {
	e := fmt.Errorf("inS %w", base)
	return e.Error() + fmt.Sprint(errors.Unwrap(e) == base)
}

type Fm struct{}

func (Fm) Format(st fmt.State, verb rune) {
	e := fmt.Errorf("inF %w %w", base, R{1})
	fmt.Fprintf(st, "<%v %T>", e, e)
}

func main() {
	e := fmt.Errorf("top %w %v %w", R{2}, S{}, base)
	fmt.Println(e)
	fmt.Printf("%T\n", e)
	if u, ok := e.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
		for _, x := range u.Unwrap() {
			fmt.Printf("%T %v\n", x, x)
		}
	}
	e2 := fmt.Errorf("x %v %w", Fm{}, base)
	fmt.Println(e2, errors.Unwrap(e2) == base)
	fmt.Printf("%T\n", e2)
}
