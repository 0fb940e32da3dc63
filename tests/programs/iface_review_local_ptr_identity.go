package main

import "fmt"

func f() any { type T int; return [1]*T{} }
func g() any { type T int; return [1]*T{} }
func h() any { type T int; return func(*T) {} }

func main() {
	fmt.Println(f() == g())
	type T int
	_, ok := h().(func(*T))
	fmt.Println(ok)
}
