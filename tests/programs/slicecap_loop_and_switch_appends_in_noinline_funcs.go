package main

import "fmt"

//go:noinline
func work(n int) (int, int) {
	var s []int
	var t []int32
	for i := 0; i < n; i++ {
		s = append(s, i)
		if i%2 == 0 {
			t = append(t, int32(i))
		}
	}
	return cap(s), cap(t)
}

//go:noinline
func multi(k int) int {
	var s []int
	switch k {
	case 0:
		s = append(s, 1)
	case 1:
		s = append(s, 1, 2)
	default:
		s = append(s, 1, 2, 3, 4, 5)
	}
	s = append(s, 9)
	return cap(s)
}

// Checks caps from loop appends and from switch-case appends followed by one more append in noinline functions.
func main() {
	for n := 0; n < 10; n++ {
		a, b := work(n)
		fmt.Println(n, a, b)
	}
	fmt.Println(multi(0), multi(1), multi(2))
}
