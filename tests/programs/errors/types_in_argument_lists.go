package main

type Box[T any] struct{ v T }

func f(x any) {}

func main() {
	f(Box)
	f(int)
	_ = []any{Box}
	println(Box)
	g := func(...any) {}
	g(1, Box)
}
