package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Score int
type Weight float64

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3, 4}))
	fmt.Println(Sum([]int64{1 << 40, 1 << 41}))
	fmt.Println(Sum([]float64{0.5, 0.25, 0.125}))
	fmt.Println(Sum([]Score{10, 20, 30}))
	fmt.Printf("%T %v\n", Sum([]Weight{1.5, 2.5}), Sum([]Weight{1.5, 2.5}))
	fmt.Println(Average([]int{1, 2, 3, 4}))
	fmt.Println(Average([]float64{}))
	fmt.Printf("%.3f\n", Average([]Weight{1, 2, 4}))
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2, "c": 3}))
	fmt.Println(SumMap(map[int]float64{1: 1.5, 2: 2.5}))
	var empty []int64
	fmt.Println(Sum(empty))
}
