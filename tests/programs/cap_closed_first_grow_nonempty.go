package main

import "fmt"

// The first growing append at the first site happens with len > 0;
// later the same site grows from len 0.
//
//go:noinline
func f() {
	s := []int{1}
	for i := 0; i < 3; i++ {
		s = append(s, i)
		fmt.Println("f", i, len(s), cap(s))
		s = nil
	}
}

//go:noinline
func g() {
	s := make([]int, 0, 1)
	for i := 0; i < 3; i++ {
		s = append(s, i) // does not grow on i=0
		fmt.Println("g", i, len(s), cap(s))
		s = nil
	}
}

//go:noinline
func h() {
	var s []int
	for i := 0; i < 3; i++ {
		if i == 0 {
			s = append(s, 1, 2, 3, 4, 5) // first site: too big for buffer
		} else {
			s = append(s, i) // second site
		}
		fmt.Println("h", i, len(s), cap(s))
		s = nil
	}
}

func main() {
	f()
	g()
	h()
}
