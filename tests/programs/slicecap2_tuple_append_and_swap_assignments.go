package main

import "fmt"

// Checks tuple assignments that append while copying and that swap a slice with nil.
func main() {
	var s, t []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	s, t = append(s, 9), s
	fmt.Println(len(s), cap(s), len(t), cap(t))
	var u, v []int
	u = append(u, 1)
	u = append(u, 2)
	v, u = u, nil
	u = append(u, 3)
	fmt.Println(len(u), cap(u), len(v), cap(v))
}
