package main

type A interface{ M() }
type B interface{ M() int }

type C interface {
	A
	B
}

func main() {}
