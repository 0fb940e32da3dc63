package main
type B[T any] struct{ v T }
func (b B[T]) N() T { return b.w }
func main() {}
