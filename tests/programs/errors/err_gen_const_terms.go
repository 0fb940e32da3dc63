package main

type Number interface {
	~int8 | ~int16 | ~float32 | ~float64
}
type Ints interface{ ~int8 | ~uint8 }

func A[T Number]() T { return T(1.5) }
func B[T Ints]() T   { return T(-1) }
func C[T Number]() T { return T(1e40) }
func D[T Ints]() T   { var x T = 300; return x }
func E[T Ints]() T   { return 256 }
func F[T Ints](x T) bool { return x == 1000 }
func G[T Number](x T) T { return x + 1.5 }
func main() {}
