package main

import "fmt"

// Checks a copy of the slice kept across a later append loop and appends to both after the loop.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	t := s
	for i := 0; i < 3; i++ {
		s = append(s, 10+i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println(cap(t), t[0])
	var u []int
	for i := 0; i < 3; i++ {
		u = append(u, i)
		fmt.Print(cap(u), " ")
	}
	v := u
	u = append(u, 4)
	v = append(v, 5)
	fmt.Println(u[3], v[3], cap(u), cap(v))
}
