package main

import (
	"errors"
	"fmt"
)

type Result struct {
	Value int
	Err   error
	err   error
	Str   fmt.Stringer
	str   fmt.Stringer
}

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type myErr struct{ msg string }

func (e myErr) Error() string { return "myErr: " + e.msg }

func main() {
	e := errors.New("boom")
	r := Result{1, e, myErr{"hidden"}, Code(5), Code(5)}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	r2 := Result{Value: 2, Err: myErr{"x"}, err: myErr{"y"}}
	fmt.Printf("%v\n%+v\n", r2, r2)
	fmt.Println([]Result{{Value: 3}})
	results := []error{e, myErr{"z"}, nil, fmt.Errorf("w: %w", e)}
	fmt.Println(results)
	fmt.Printf("%q\n", results[:2])
	type pair struct {
		A, b any
	}
	fmt.Printf("%v %+v\n", pair{Code(1), Code(2)}, pair{myErr{"p"}, myErr{"q"}})
	arr := [2]fmt.Stringer{Code(7), nil}
	fmt.Println(arr)
	fmt.Println(fmt.Sprintf("%v|%s|%d", arr, arr[0], arr[0]))
	wrapped := fmt.Errorf("result %v failed: %w", r.Str, r.Err)
	fmt.Println(wrapped, errors.Is(wrapped, e))
}
