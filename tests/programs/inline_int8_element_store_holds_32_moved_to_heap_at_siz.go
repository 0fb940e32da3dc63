// probes: int8 element: store holds 32; moved to heap at size class on return?
package main

import "fmt"

func small(n int) []int8 {
	var s []int8
	for i := 0; i < n; i++ {
		s = append(s, int8(i))
	}
	return s
}

func main() {
	for _, n := range []int{1, 5, 9, 17, 32, 33} {
		_ = n
	}
	a := small(5)
	fmt.Println(len(a), cap(a))
	b := small(17)
	fmt.Println(len(b), cap(b))
	c := small(32)
	fmt.Println(len(c), cap(c))
}
