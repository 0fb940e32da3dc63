package main

import "fmt"

// Checks cap of []int and []byte slices grown in loops and then modified through range loops.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	for i := range s {
		s[i] *= 10
	}
	fmt.Println(len(s), cap(s), s[0], s[2])
	var b []byte
	for i := 0; i < 3; i++ {
		b = append(b, 'a')
	}
	for i, c := range b {
		b[i] = c + 1
	}
	fmt.Println(len(b), cap(b), string(b))
}
