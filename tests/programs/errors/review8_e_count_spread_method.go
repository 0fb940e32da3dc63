package main

type T struct{}

func (T) M(a, b int) {}

func main() {
	xs := []int{1, 2}
	T{}.M(xs...)
}
