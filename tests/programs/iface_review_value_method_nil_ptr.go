package main

import "fmt"

type T struct{ x int }

func (t T) M() int { return t.x }

type I interface{ M() int }

var is = []I{(*T)(nil)}

func main() {
	defer func() { fmt.Println(recover()) }()
	is[0].M()
}
