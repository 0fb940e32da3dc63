package main

import "errors"

func main() {
	e := errors.New("x")
	f := e.Error
	println(f())
	println(e.Error == nil, f != nil)
}
