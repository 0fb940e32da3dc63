package main

type I interface{ M() }
type T int

func main() {
	_ = map[string]I{"a": T(1)}
	m := map[I]int{}
	m[T(2)] = 1
}
