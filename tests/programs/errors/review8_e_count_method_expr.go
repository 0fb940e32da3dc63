package main

type T struct{}

func (T) M(a int) {}

func main() {
	T.M(T{})
}
