package main

type A interface{ M() }
type B interface{ M() }

type C interface {
	A
	B
	M()
}

func main() {
	var c C
	_ = c
}
