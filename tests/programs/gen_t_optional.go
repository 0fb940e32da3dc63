package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.val, o.valid }
func (o Optional[T]) OrElse(d T) T {
	if o.valid {
		return o.val
	}
	return d
}
func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }
func (r Result[T]) IsOk() bool        { return r.Err == nil }

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return f(r.Val)
}

func parse(s string) Result[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Fail[int](errors.New("bad int " + strconv.Quote(s)))
	}
	return Ok(n)
}

func half(n int) Result[float64] {
	if n%2 != 0 {
		return Fail[float64](fmt.Errorf("%d is odd", n))
	}
	return Ok(float64(n) / 2)
}

func main() {
	a, b := Some(5), None[int]()
	fmt.Println(a, b)
	fmt.Println(a.OrElse(0), b.OrElse(-1))
	v, ok := Some("x").Get()
	fmt.Println(v, ok)
	fmt.Printf("%v %T\n", Some(2.5), None[string]())
	for _, s := range []string{"10", "7", "zz"} {
		r := Then(parse(s), half)
		fmt.Println(s, r.IsOk(), r.Val, r.Err)
	}
	fmt.Printf("%+v\n", Ok([]int{1}))
	fmt.Printf("%+v\n", Fail[bool](errors.New("e")))
}
