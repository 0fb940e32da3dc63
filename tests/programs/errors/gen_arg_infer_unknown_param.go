package main

import "fmt"

func cmpAny[S any, E any](a, b S) int { return 0 }

func sortWith[T any](xs []T, f func(T, T) int) int { return f(xs[0], xs[1]) }

func main() {
	ps := [][]int{{2, 1}, {1}}
	fmt.Println(sortWith(ps, cmpAny))
}
