package main

import "fmt"

// In gc, T(1) is not a constant when T is a type parameter, so this wraps at run time.
func F[T ~int8 | ~int64]() T { return T(1) << 10 }
func G[T ~int8 | ~int64]() T { return T(100) * 3 }

func main() { fmt.Println(F[int8](), F[int64](), G[int8](), G[int64]()) }
