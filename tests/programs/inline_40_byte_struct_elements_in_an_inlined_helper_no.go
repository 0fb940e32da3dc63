// probes: 40-byte struct elements in an inlined helper (no 32-byte store fits one element)
package main

import "fmt"

type Big struct{ a, b, c, d, e int }

func bigCap(n int) int {
	var s []Big
	for i := 0; i < n; i++ {
		s = append(s, Big{a: i})
	}
	return cap(s)
}

func main() {
	for i := 1; i < 4; i++ {
		fmt.Print(bigCap(i), " ")
	}
	fmt.Println()
}
