package main

import "fmt"

type I interface{ M() string }
type A struct{}

func (A) M() string { return "A" }

type W struct{ I }

func main() {
	fmt.Println(W.M(W{A{}}), (*W).M(&W{A{}}))
}
