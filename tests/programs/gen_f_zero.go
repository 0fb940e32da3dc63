package main

import "fmt"

func Zero[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func OrDefault[T comparable](v, def T) T {
	if IsZero(v) {
		return def
	}
	return v
}

type Point struct {
	X, Y int
	Tag  string
}

func FirstNonZero[T comparable](xs ...T) (T, int) {
	for i, x := range xs {
		if !IsZero(x) {
			return x, i
		}
	}
	return Zero[T](), -1
}

func main() {
	fmt.Printf("%v|%q|%v|%v\n", Zero[int](), Zero[string](), Zero[float64](), Zero[bool]())
	fmt.Printf("%+v\n", Zero[Point]())
	fmt.Println(Zero[[]int]() == nil, Zero[map[int]int]() == nil, Zero[*Point]() == nil, Zero[error]() == nil)
	fmt.Println(Zero[[3]int](), Zero[any]())
	fmt.Println(IsZero(0), IsZero(5), IsZero(""), IsZero(Point{}), IsZero(Point{Tag: "x"}))
	fmt.Println(OrDefault("", "fallback"), OrDefault("set", "fallback"), OrDefault(0, 42))
	v, i := FirstNonZero(0, 0, 7, 3)
	fmt.Println(v, i)
	s, j := FirstNonZero("", "")
	fmt.Printf("%q %d\n", s, j)
	var p *int
	fmt.Println(IsZero(p), IsZero(any(nil)), IsZero[any](0))
}
