package main

import "fmt"

func digits(n int) []int {
	buf := make([]int, 8)
	i := 0
	for n > 0 && i < len(buf) {
		buf[i] = n % 10
		n /= 10
		i++
	}
	return buf[:i]
}

func window(n int) []int {
	buf := make([]int, 10)
	for i := range buf {
		buf[i] = i
	}
	return buf[n : n+2]
}

func main() {
	d := digits(472)
	fmt.Println(d, len(d), cap(d))
	d2 := append(d, 9)
	fmt.Println(d2, len(d2), cap(d2))
	w := window(3)
	fmt.Println(w, len(w), cap(w))
	w2 := append(w, 100)
	fmt.Println(w2, cap(w2))
}
