package main

import "fmt"

func cmpSlices[S ~[]E, E int | string](a, b S) int { return len(a) - len(b) }

func sortWith[T any](xs []T, f func(T, T) int) int { return f(xs[0], xs[1]) }

func main() {
	ps := [][]float64{{2, 1}, {1}}
	fmt.Println(sortWith(ps, cmpSlices))
}
