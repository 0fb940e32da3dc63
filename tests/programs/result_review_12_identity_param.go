package main

import "fmt"

func id(s []int) []int { return s }

func tail(s []int) []int { return s[1:] }

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	a := id(s)
	fmt.Println(len(a), cap(a))
	b := tail(s)
	fmt.Println(len(b), cap(b))
	c := id(nil)
	fmt.Println(len(c), cap(c), c == nil)
	d := id(make([]int, 2, 9))
	fmt.Println(len(d), cap(d))
}
