package main

import (
	"fmt"
	"strconv"
)

func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Cast[To ~int | ~float64 | ~int64, From ~int | ~float64 | ~int64](x From) To { return To(x) }

func Triple[A, B, C any](a A, b B, c C) string {
	return fmt.Sprintf("%T/%T/%T", a, b, c)
}

func ParseAll[T any, S ~[]string](s S, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, x := range s {
		v, err := parse(x)
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

type Inputs []string

func main() {
	fmt.Println(Convert[string]([]int{1, 2, 3}, strconv.Itoa))
	fmt.Println(Convert[float64]([]int{1, 2}, func(i int) float64 { return float64(i) + 0.5 }))
	fmt.Println(Cast[int](7.8), Cast[float64](int64(3)))
	fmt.Printf("%T\n", Cast[int64](1))
	fmt.Println(Triple[int](1, "b", 2.5))
	fmt.Println(Triple[int, int8](1, 2, 'c'))
	fmt.Println(Triple[uint, uint8, uint16](1, 2, 3))
	vs, err := ParseAll[int](Inputs{"1", "22", "x"}, strconv.Atoi)
	fmt.Println(vs, err)
	bs, err := ParseAll[bool]([]string{"true", "0"}, strconv.ParseBool)
	fmt.Println(bs, err)
	f := Cast[float64, int]
	fmt.Println(f(9) / 2)
}
