package main

import "fmt"

func partition(xs []int, pivot int) ([]int, []int, int) {
	var lo, hi []int
	eq := 0
	for _, x := range xs {
		switch {
		case x < pivot:
			lo = append(lo, x)
		case x > pivot:
			hi = append(hi, x)
		default:
			eq++
		}
	}
	if len(lo) == 0 {
		lo = nil
	}
	return lo, hi, eq
}

func main() {
	for _, p := range []int{0, 3, 5, 9} {
		lo, hi, eq := partition([]int{5, 1, 9, 3, 5, 7, 2, 8}, p)
		fmt.Println(p, len(lo), cap(lo), len(hi), cap(hi), eq)
	}
}
