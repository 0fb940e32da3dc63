package main

type Box[T any] struct{ v T }

func Id[T any](x T) T { return x }

func main() {
	x := Box
	var y = Box
	_ = Box
	z := Id
	if Id == nil {
	}
	if Box == nil {
	}
	var f func(int) int = Id
	_, _, _, _ = x, y, z, f
	_ = Box{}
}
