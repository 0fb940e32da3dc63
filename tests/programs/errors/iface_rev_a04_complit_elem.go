package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	_ = []I{T{}, &T{}, 3}
}
