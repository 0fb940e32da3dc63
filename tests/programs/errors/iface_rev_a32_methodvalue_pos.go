package main

import "errors"

type T struct{}

func (T) Error() string { return "" }

func mk() T { return T{} }

func main() {
	var s string = mk().Error
	var e = errors.New("x")
	var u int = e.Error
	_, _ = s, u
}
