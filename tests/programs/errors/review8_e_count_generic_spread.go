package main

func F[T any](x, y T) T { return x }

func main() {
	xs := []int{1, 2}
	_ = F(xs...)
}
