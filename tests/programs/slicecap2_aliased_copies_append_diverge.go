package main

import "fmt"

// Checks appends to a slice and to its copy writing into shared or separate backing arrays.
func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	t := s
	s = append(s, 3)
	t = append(t, 9)
	fmt.Println(len(s), s[2], len(t), t[2], cap(t))
	var a []int
	a = append(a, 1)
	b := a
	a = append(a, 2)
	b = append(b, 8)
	fmt.Println(a[1], b[1], cap(b))
	var c []byte
	for i := 0; i < 3; i++ {
		c = append(c, 'a')
	}
	d := c
	c = append(c, 'x')
	d = append(d, 'y')
	fmt.Println(string(c), string(d), cap(d))
}
