package main

type I interface{ M() }

type T struct{}

func F[X any](i I) bool {
	_, ok := i.(T)
	return ok
}

func main() { _ = F[int](nil) }
