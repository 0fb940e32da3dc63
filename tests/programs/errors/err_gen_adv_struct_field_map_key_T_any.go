package main
type S[T any] struct{ m map[T]int }
func main() { var s S[int]; _ = s }
