package main

import "errors"

func main() {
	var e error = "boom"
	e = errors.New(1)
	var s string = errors.New("x").Error
	e.Error("x")
	_ = e + e
	_ = s
}
