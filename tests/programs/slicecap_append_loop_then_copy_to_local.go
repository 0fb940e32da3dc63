package main

import "fmt"

// Checks cap of []int, []byte and []int32 slices grown in loops and then copied to another local variable.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	t := s
	fmt.Println("t", len(t), cap(t))
	t = append(t, 7)
	fmt.Println("t", len(t), cap(t), t)
	var b []byte
	for i := 0; i < 5; i++ {
		b = append(b, 'x')
	}
	c := b
	fmt.Println("c", len(c), cap(c))
	var w []int32
	for i := 0; i < 5; i++ {
		w = append(w, int32(i))
	}
	x := w
	fmt.Println("x", len(x), cap(x))
}
