package main

func Pair[K comparable,
	V any](k K) V {
	var v V
	_ = k
	return v
}

func main() { _ = Pair(1) }
