package main

import "fmt"

//go:noinline
func one(s []int) {
	s = append(s, 100)
	fmt.Println("one", len(s), cap(s), s[len(s)-1])
}

//go:noinline
func loop(s []byte, k int) {
	for i := 0; i < k; i++ {
		s = append(s, 'p')
	}
	fmt.Println("loop", k, len(s), cap(s))
}

//go:noinline
func three(s []int) {
	s = append(s, 7, 8, 9)
	fmt.Println("three", len(s), cap(s))
}

func inl(s []int) {
	s = append(s, 1)
	fmt.Println("inl", len(s), cap(s))
}

func main() {
	one(nil)
	one([]int{})
	one([]int{1, 2})
	one(make([]int, 0))
	loop(nil, 33)
	loop([]byte{}, 5)
	loop([]byte{'a', 'b'}, 5)
	three(nil)
	three([]int{})
	three([]int{1, 2})
	for i := 0; i < 2; i++ {
		inl(nil)
		inl([]int{})
		inl([]int{1, 2})
	}
}
