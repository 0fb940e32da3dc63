package main

import "fmt"

// Closed slices inside function literals that are called immediately.
func main() {
	func() {
		var s []int
		s = append(s, 1)
		fmt.Println("lit1", len(s), cap(s))
	}()
	func() {
		var s []int
		s = append(s, 2)
		fmt.Println("lit2", len(s), cap(s))
	}()
	for i := 0; i < 3; i++ {
		func() {
			var s []int
			s = append(s, i)
			fmt.Println("lit-in-loop", i, len(s), cap(s))
		}()
	}
	for i := 0; i < 3; i++ {
		n := func(k int) int {
			var b []byte
			for j := 0; j < k; j++ {
				b = append(b, 'x')
			}
			return cap(b)
		}(i * 20)
		fmt.Println("lit-ret-cap", i, n)
	}
	r := func() int {
		var s []int
		s = append(s, 1)
		return cap(s)
	}()
	fmt.Println("lit-ret", r)
}
