package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func f(I) {}

func main() {
	f(T{})
}
