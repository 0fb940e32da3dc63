package main

import "fmt"

func until(xs []int, stop int) []int {
	var out []int
	for _, x := range xs {
		if x == stop {
			return out
		}
		out = append(out, x)
	}
	return nil
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	for _, stop := range []int{1, 2, 4, 6, 9} {
		u := until(xs, stop)
		fmt.Println(stop, len(u), cap(u))
	}
}
