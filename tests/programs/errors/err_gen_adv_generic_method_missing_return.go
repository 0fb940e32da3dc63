package main
type B[T any] struct{}
func (B[T]) M() int { for {} ; }
func (B[T]) N() int { }
func main() {}
