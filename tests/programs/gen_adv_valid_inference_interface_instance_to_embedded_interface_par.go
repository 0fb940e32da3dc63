package main

import "fmt"

type I1[T any] interface{ m1(T) }
type I2[T any] interface {
	I1[T]
	m2(T)
}

type impl struct{}

func (impl) m1(int) {}
func (impl) m2(int) {}

func g[T any](x I1[T]) string { return fmt.Sprintf("%T", *new(T)) }

func main() {
	var v2 I2[int] = impl{}
	fmt.Println(g(v2))
}
