package main

import (
	"iter"
	"maps"
	"slices"
)

var sink int

func rf1(seq iter.Seq[int]) int {
outer:
	for a := range seq {
		for b := range seq {
			for c := range seq {
				if c == 0 {
					continue outer
				}
				if c == 1 {
					break outer
				}
				if c == 2 {
					return a + b
				}
			}
		}
	}
	return 0
}
func rf2(s []int) int {
	n := 0
	for i, v := range slices.All(s) {
		n += i * v
	}
	return n
}
func rf3(m map[int]int) int {
	n := 0
	for k := range maps.Keys(m) {
		n += k
	}
	return n
}
func rf4(seq iter.Seq2[int, string]) (int, string) {
	for k, v := range seq {
		if k > 3 {
			return k, v
		}
	}
	return 0, ""
}
func rf5(seq iter.Seq[int]) int {
	for x := range seq {
		goto done
		_ = x
	}
done:
	return 1
}
func rf6(seq iter.Seq[int]) (r int) {
	for x := range seq {
		r += x
	}
	return
}
func rf7(s []int) int {
	for _, v := range slices.Backward(s) {
		if v > 0 {
			return v
		}
	}
	return 0
}

func main() {
	defer func() {}()
	sink = rf1(func(y func(int) bool) {}) + rf2(nil) + rf3(nil) + rf5(func(y func(int) bool) {}) + rf6(func(y func(int) bool) {}) + rf7(nil)
	a, _ := rf4(func(y func(int, string) bool) {})
	sink += a
}
