package main

import "fmt"

func scan(xs []int) (neg []int, pos []int) {
	for _, x := range xs {
		if x < 0 {
			neg = append(neg, x)
		} else if x > 0 {
			pos = append(pos, x)
		}
	}
	if len(neg) == 0 {
		return nil, pos
	}
	return
}

func main() {
	for _, xs := range [][]int{{1, 2, 3}, {-1, 2, -3, 4, 5}, {0, -5}, {-1, -2, -3, -4, -5}} {
		n, p := scan(xs)
		fmt.Println(len(n), cap(n), len(p), cap(p))
	}
}
