package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

type S1 struct{ T }
type S2 struct{ *T }

func main() {
	var a I = S1{}
	var b I = S2{}
	var c I = &S1{}
	_, _, _ = a, b, c
}
