package main

type I interface{ M() }

func F[X any](i I) bool {
	_, ok := i.([]X)
	return ok
}

func main() { _ = F[int](nil) }
