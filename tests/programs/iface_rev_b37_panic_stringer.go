package main

import "fmt"

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.n) }

type E struct{}

func (*E) Error() string { return "E!" }

func main() {
	defer func() {
		r := recover()
		fmt.Println("rec:", r)
		var e *E
		panic(e)
	}()
	panic(S{4})
}
