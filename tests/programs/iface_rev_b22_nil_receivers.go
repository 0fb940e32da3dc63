package main

import (
	"errors"
	"fmt"
)

type T struct{ s string }

func (t *T) String() string { return t.s }

type E struct{ s string }

func (e *E) Error() string { return e.s }

type V struct{}

func (V) String() string { return "V" }

type F struct{}

func (f *F) Format(s fmt.State, c rune) { fmt.Fprint(s, "F") }

func main() {
	var t *T
	var e *E
	var v *V
	var f *F
	fmt.Println(t, e, v, f)
	fmt.Printf("[%s][%q][%x][%d][%10v][%-7s]\n", t, t, e, t, e, v)
	var err error = e
	fmt.Println(err == nil, err)
	fmt.Println(errors.Unwrap(err))
	fmt.Println([]*T{nil, {"x"}}, map[string]*E{"k": nil})
	fmt.Printf("%v %+v\n", struct{ P *T }{}, struct{ P *V }{})
	fmt.Printf("%T %T\n", t, err)
}
