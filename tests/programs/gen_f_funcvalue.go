package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Apply[T any](fs []func(T) T, x T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	g := Map[int, string]
	fmt.Println(g([]int{1, 2, 3}, strconv.Itoa))
	fmt.Printf("%T\n", g)
	d := Double[int]
	df := Double[float64]
	fmt.Println(d(21), df(1.25))
	fmt.Println(Map([]int{1, 2, 3}, Double[int]))
	fmt.Println(Apply([]func(int) int{d, d, Double[int]}, 1))
	var h func([]float64, func(float64) float64) []float64 = Map
	fmt.Println(h([]float64{0.5, 1}, Double))
	table := map[string]func(int) int{"double": Double[int]}
	fmt.Println(table["double"](50))
	fs := []func(float64) float64{Double[float64], df}
	for i, f := range fs {
		fmt.Println(i, f(3))
	}
	fmt.Println(d != nil)
}
