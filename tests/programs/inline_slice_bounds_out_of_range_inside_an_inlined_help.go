// probes: slice bounds out of range inside an inlined helper (unrecovered), first panic line
package main

import "fmt"

func window(s []int, n int) []int {
	t := append(s[:0:0], s...)
	return t[1:n]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(window(s, 3))
	fmt.Println(window(s, 5))
}
