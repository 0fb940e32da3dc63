package main

type S struct{ X int }

func A[T ~string | ~int](x T) { _ = []byte(x) }
func B[T ~float64 | ~struct{}](x T) { _ = int(x) }
func C[T ~int | ~string](x T) { _ = float64(x) }
func D[T ~int, U ~string](x T) U { return U(x) }
func E[T ~[]byte | ~[]int](x T) { _ = string(x) }
func F[T any](x T) { _ = int(x) }
func G[T ~int](x int) T { return T(x) }
func H[T ~*S | ~*int](x T) { _ = (*int)(x) }
func main() {}
func X[T ~struct{} | ~[]int](x T) { _ = int(x) }
