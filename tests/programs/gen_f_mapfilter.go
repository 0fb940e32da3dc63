package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(x int) int { return x * x })
	fmt.Println("squares:", sq)
	strs := Map(nums, strconv.Itoa)
	fmt.Println("strings:", strings.Join(strs, ","))
	evens := Filter(nums, func(x int) bool { return x%2 == 0 })
	fmt.Println("evens:", evens, len(evens))
	sum := Reduce(nums, 0, func(a, x int) int { return a + x })
	fmt.Println("sum:", sum)
	cat := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println("concat:", cat)
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println("lens:", lens)
	empty := Filter([]string{"x", "y"}, func(string) bool { return false })
	fmt.Println("empty:", empty, empty == nil)
	fl := Map(nums[:3], func(x int) float64 { return float64(x) / 2 })
	fmt.Println("halves:", fl)
	fmt.Printf("%T %T %T\n", sq, strs, fl)
}
