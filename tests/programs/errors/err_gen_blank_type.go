package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[_, _]) Bad() { var x _; _ = x }

func main() {}
