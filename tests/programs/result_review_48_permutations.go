package main

import "fmt"

func perms(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range perms(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func main() {
	for n := 1; n <= 4; n++ {
		xs := make([]int, n)
		for i := range xs {
			xs[i] = i
		}
		p := perms(xs)
		fmt.Println(n, len(p), cap(p), p[0], cap(p[0]))
	}
}
