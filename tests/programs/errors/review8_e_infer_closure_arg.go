package main

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func main() {
	_ = Apply(1, nil)
}
