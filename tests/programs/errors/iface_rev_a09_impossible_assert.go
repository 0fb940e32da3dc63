package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var i I
	_ = i.(T)
	_ = i.(U)
	_, ok := i.(int)
	_ = ok
}
