package main

import "fmt"

// Slice re-declared each iteration of a loop; one function call.
func main() {
	for i := 0; i < 4; i++ {
		var s []int
		s = append(s, i)
		fmt.Println("var", i, len(s), cap(s))
	}
	for i := 0; i < 3; i++ {
		s := make([]int, 0)
		s = append(s, i)
		s = append(s, i)
		fmt.Println("make0", i, len(s), cap(s))
	}
	for i := 0; i < 3; i++ {
		b := []byte{}
		for j := 0; j <= i*20; j++ {
			b = append(b, 'q')
		}
		fmt.Println("bytes", i, len(b), cap(b), string(b[:1]))
	}
	for i := range 3 {
		var f []float64
		f = append(f, 1.5, 2.5)
		fmt.Println("range-int", i, len(f), cap(f), f[1])
	}
	for k := 0; k < 3; k++ {
		var r []int
		for i := 0; i < 3; i++ {
			r = append(r, i)
		}
		fmt.Println("redecl+range", k, len(r), cap(r))
		for range r {
		}
	}
}
