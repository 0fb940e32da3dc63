package main

import "fmt"

func split(xs []int) (evens, odds []int) {
	for _, x := range xs {
		if x%2 == 0 {
			evens = append(evens, x)
		} else {
			odds = append(odds, x)
		}
	}
	return
}

func grow(n int) (out []int) {
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func main() {
	e, o := split([]int{1, 2, 3, 4, 5, 6, 8})
	fmt.Println(len(e), cap(e), len(o), cap(o))
	for n := 1; n < 6; n++ {
		g := grow(n)
		fmt.Println(n, cap(g))
	}
}
