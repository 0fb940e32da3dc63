// probes: a[inl()] where the inlined helper returns an out-of-range index: panic message (unrecovered)
package main

import "fmt"

func idx(n int) int {
	s := append([]int(nil), n, n+1)
	return s[1] * 2
}

func main() {
	a := []int{10, 20, 30}
	fmt.Println(a[idx(0)])
	fmt.Println(a[idx(2)])
}
