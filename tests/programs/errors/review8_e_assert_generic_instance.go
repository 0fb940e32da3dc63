package main

type I interface{ M() }

type Box[T any] struct{ v T }

func main() {
	var i I
	_ = i.(Box[int])
}
