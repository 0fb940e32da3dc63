package main

type I interface{ M() }
type T int

type S struct{ X I }

func main() {
	_ = S{X: T(1)}
	_ = S{T(2)}
	var s S
	s.X = T(3)
}
