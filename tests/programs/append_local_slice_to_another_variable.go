package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	t := append(s, 2)
	t[0] = 99
	fmt.Println(s[0], len(t))
	var b []byte
	b = append(b, 'a')
	c := append(b, 'b')
	c[0] = 'z'
	fmt.Println(string(b[0]))
}
