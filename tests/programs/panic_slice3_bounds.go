package main

import "fmt"

func window(buf []int, lo, hi, max int) []int {
	return buf[lo:hi:max]
}

func main() {
	buf := make([]int, 5, 8)
	for i := 0; i < len(buf); i++ {
		buf[i] = i
	}
	w := window(buf, 1, 3, 8)
	fmt.Println(w, len(w), cap(w))
	w = window(buf, 0, 5, 6)
	fmt.Println(w, len(w), cap(w))
	w = window(buf, 2, 4, 9)
	fmt.Println("unreachable", w)
}
