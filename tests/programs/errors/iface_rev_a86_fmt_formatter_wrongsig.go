package main

import "fmt"

type T struct{}

func (T) Format(f fmt.State, c byte) {}

func main() {
	var f fmt.Formatter = T{}
	var s fmt.State = T{}
	_, _ = f, s
}
