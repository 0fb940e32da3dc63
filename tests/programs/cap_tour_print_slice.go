package main

import "fmt"

func main() {
	s := []int{2, 3, 5, 7, 11, 13}
	printSlice(s)
	s = s[:0]
	printSlice(s)
	s = s[:4]
	printSlice(s)
	s = s[2:]
	printSlice(s)

	var t []int
	printSlice(t)
	t = append(t, 0)
	printSlice(t)
	t = append(t, 1)
	printSlice(t)
	t = append(t, 2, 3, 4)
	printSlice(t)

	a := make([]int, 5)
	printSlice2("a", a)
	b := make([]int, 0, 5)
	printSlice2("b", b)
	c := b[:2]
	printSlice2("c", c)
	d := c[2:5]
	printSlice2("d", d)
}

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func printSlice2(s string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", s, len(x), cap(x), x)
}
