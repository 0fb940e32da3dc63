package main

func add[S ~[]E, E any](s S, e ...E) S { return append(s, e...) }

func main() {
	_ = add()
}
