package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func Apply2[T any](s []T, f, g func(T) T) []T {
	return Map(Map(s, f), g)
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Pairwise[T, U any](s []T, f func(T) U) [][2]U {
	ms := Map(s, f)
	var out [][2]U
	for i := 0; i+1 < len(ms); i++ {
		out = append(out, [2]U{ms[i], ms[i+1]})
	}
	return out
}

func Identity[T any](x T) T { return x }

func MapIdentity[T any](s []T) []T { return Map(s, Identity[T]) }

func main() {
	fmt.Println(Apply2([]int{1, 2, 3}, func(x int) int { return x + 1 }, func(x int) int { return x * 10 }))
	up := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(up("hello"))
	h := Compose(func(x int) float64 { return float64(x) / 4 }, func(f float64) string { return fmt.Sprint(f) })
	fmt.Println(h(3), h(8))
	fmt.Println(Pairwise([]int{1, 2, 3, 4}, func(x int) string { return strings.Repeat("*", x) }))
	fmt.Println(MapIdentity([]string{"p", "q"}))
	fmt.Println(Map(Map([]string{"a", "bb"}, func(s string) int { return len(s) }), func(n int) bool { return n > 1 }))
}
