package main

import "fmt"

type T struct{}

func (T) M() {}

type I interface{ M() }

func f() {}

func main() {
	var t T
	var i I = t
	fmt.Println(t.M == nil, f != nil, i.M == nil, T.M == nil, nil != f)
}
