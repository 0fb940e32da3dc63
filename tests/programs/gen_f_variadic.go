package main

import (
	"fmt"
	"strings"
)

func Concat[T any](slices ...[]T) []T {
	var out []T
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

func Of[T any](xs ...T) []T { return xs }

func JoinWith[T any](sep string, xs ...T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, sep)
}

func CountIf[T any](pred func(T) bool, xs ...T) int {
	n := 0
	for _, x := range xs {
		if pred(x) {
			n++
		}
	}
	return n
}

func Forward[T any](xs ...T) int { return len(Of(xs...)) }

func main() {
	fmt.Println(Concat([]int{1, 2}, []int{3}, nil, []int{4, 5}))
	fmt.Println(Concat[string]())
	fmt.Println(Of(1.5, 2, 3), len(Of[int]()))
	fmt.Println(Of[any](1, "a", nil))
	fmt.Println(JoinWith("-", 1, 2, 3))
	fmt.Println(JoinWith(", ", "x", "y"))
	fmt.Println(JoinWith[bool]("|"))
	s := []string{"aa", "b", "ccc"}
	fmt.Println(CountIf(func(x string) bool { return len(x) > 1 }, s...))
	fmt.Println(CountIf(func(x int) bool { return x < 0 }, -1, 2, -3))
	fmt.Println(Forward(1, 2, 3, 4), Forward[string]())
	fmt.Printf("%T\n", Of('a', 'b'))
}
