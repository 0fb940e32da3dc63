package main

type I interface {
	M() I
	N(J)
}

type J interface {
	I
	O() J
}

type T struct{}

func (T) M() I { return nil }
func (T) N(J)  {}

func main() {
	var j J = T{}
	_ = j
}
