// probes: 40-byte struct element (bigger than the 32-byte store)
package main

import "fmt"

type Big struct{ a, b, c, d, e int }

func bigs(n int) []Big {
	var s []Big
	for i := 0; i < n; i++ {
		s = append(s, Big{a: i, e: i})
	}
	return s
}

func main() {
	a := bigs(1)
	fmt.Println(len(a), cap(a), a[0].e)
	b := bigs(3)
	fmt.Println(len(b), cap(b))
	a = append(a, Big{})
	fmt.Println(len(a), cap(a))
}
