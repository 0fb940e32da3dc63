package main

import "fmt"

func lastRun(xs []int) []int {
	var run []int
	for i, x := range xs {
		if i > 0 && x != xs[i-1] {
			run = nil
		}
		run = append(run, x)
	}
	return run
}

func lastRun2(xs []int) []int {
	var run []int
	for i, x := range xs {
		if i > 0 && x != xs[i-1] {
			run = run[:0]
		}
		run = append(run, x)
	}
	return run
}

func main() {
	for _, xs := range [][]int{{1, 1, 1}, {1, 2, 2, 2}, {1, 1, 1, 1, 1, 2, 2, 2}, {3}} {
		a := lastRun(xs)
		b := lastRun2(xs)
		fmt.Println(len(a), cap(a), len(b), cap(b))
	}
}
