package main

import "fmt"

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7}
	ev := Filter(nums, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev, len(ev), cap(ev))
	sq := Map(nums, func(x int) string { return fmt.Sprint(x * x) })
	fmt.Println(sq, len(sq), cap(sq))
	small := Filter([]int32{1, 2, 3, 4, 5}, func(x int32) bool { return x > 1 })
	fmt.Println(len(small), cap(small))
	for k := 0; k < 3; k++ {
		f := Filter(nums, func(x int) bool { return x > 4 })
		fmt.Println(k, len(f), cap(f))
	}
}
