package main
type S[T any] struct{ c chan T; a [4]T; f func(T) T }
type K[T any] struct{ m map[[2]T]bool }
func main() { var k K[int]; _ = k }
