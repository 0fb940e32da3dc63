package main
type B[T any] struct{}
func (B[T]) N() { x := 1 }
func main() {}
