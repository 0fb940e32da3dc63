package main

import "fmt"

//go:noinline
func noinl(tag int) {
	var s []int
	s = append(s, tag)
	fmt.Println("noinline", tag, len(s), cap(s))
}

// Small enough to be inlined into main (no fmt call inside).
func inl(tag int) int {
	var s []int
	s = append(s, tag)
	return cap(s)
}

// Too big to inline (calls fmt.Println).
func big(tag int) {
	var s []int
	s = append(s, tag)
	fmt.Println("big", tag, len(s), cap(s))
}

func main() {
	for i := 0; i < 3; i++ {
		noinl(i)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("inline-in-loop", i, inl(i))
	}
	fmt.Println("inline-seq", inl(10))
	fmt.Println("inline-seq", inl(11))
	for i := 0; i < 3; i++ {
		big(i)
	}
	noinl(10)
	noinl(11)
}
