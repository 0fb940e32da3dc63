package main

import "fmt"

func Convert[To, From interface {
	~int | ~int64 | ~float64 | ~uint8
}](x From) To {
	return To(x)
}

func Make[T any](n int) []T {
	return make([]T, n)
}

func Zero[T any]() T {
	var z T
	return z
}

func Pair[A, B any](a A, b B) string {
	return fmt.Sprintf("(%v:%T, %v:%T)", a, a, b, b)
}

func main() {
	fmt.Println(Convert[int](3.9))
	fmt.Println(Convert[float64](int64(7)) / 2)
	fmt.Println(Convert[uint8](300))
	fmt.Println(Convert[int, float64](-2.5))
	s := Make[string](3)
	fmt.Printf("%q %d\n", s, len(s))
	fmt.Println(Make[bool](2))
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(Pair[int, string](1, "x"))
	fmt.Println(Pair[float64](1, 2))
	fmt.Println(Pair[int8, uint](3, 4))
	fmt.Println(Pair[any](1, 2))
	fmt.Printf("%T\n", Zero[map[string]int]())
}
