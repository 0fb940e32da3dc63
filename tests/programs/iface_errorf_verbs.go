package main

import (
	"errors"
	"fmt"
)

type E struct{ N int }

func (e E) Error() string { return fmt.Sprint("E", e.N) }

func main() {
	base := errors.New("base")
	fmt.Println(fmt.Errorf("v: %v", base))
	fmt.Println(fmt.Errorf("s: %s", base))
	fmt.Println(fmt.Errorf("q: %q", base))
	fmt.Println(fmt.Errorf("x: %x", base))
	fmt.Println(fmt.Errorf("width: [%8v] [%-8v]", base, base))
	fmt.Println(fmt.Errorf("T: %T", base))
	w := fmt.Errorf("w: %w", base)
	fmt.Println(w, errors.Unwrap(w) == base)
	two := fmt.Errorf("%w + %w", base, E{2})
	fmt.Println(two, errors.Unwrap(two) == nil, errors.Is(two, E{2}))
	nw := fmt.Errorf("nil wrap: %w", nil)
	fmt.Println(nw, errors.Unwrap(nw) == nil)
	bad := fmt.Errorf("not an error: %w", "str")
	fmt.Println(bad)
	fmt.Println(fmt.Errorf("int: %w", 5))
	noArgs := fmt.Errorf("plain message")
	fmt.Printf("%v %T\n", noArgs, noArgs)
	fmt.Printf("%T\n", w)
	fmt.Println(fmt.Errorf("missing %d %s", 1))
	fmt.Println(fmt.Errorf("extra %d", 1, 2))
	fmt.Println(fmt.Errorf("e: %d", E{3}))
	fmt.Println(fmt.Errorf("+v %+v #v %#v", E{4}, E{4}))
	var nilErr error
	fmt.Println(fmt.Errorf("nil err %v", nilErr))
	deep := fmt.Errorf("l3: %w", fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", E{1})))
	var e E
	fmt.Println(deep, errors.As(deep, &e), e.N)
	fmt.Printf("%s|%q|%v\n", deep, E{9}, []error{base, E{8}, nil})
}
