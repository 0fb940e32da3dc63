package main

type A interface{ M() }
type B interface{ M() int }
type C interface {
	A
	B
}
type D interface {
	A
	M()
}
type G interface {
	M() string
	A
}

func main() {
	var c C
	var d D
	var g G
	_, _, _ = c, d, g
}
