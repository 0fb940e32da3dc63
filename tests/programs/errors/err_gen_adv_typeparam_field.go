package main
type S[T any] struct{ T }
func main() { var s S[int]; _ = s }
