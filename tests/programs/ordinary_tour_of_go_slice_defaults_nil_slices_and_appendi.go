// Tour of Go: slice defaults, nil slices, and appending to a slice of a slice
package main

import "fmt"

func printSlice(s string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", s, len(x), cap(x), x)
}

func main() {
	s := []int{2, 3, 5, 7, 11, 13}

	s = s[1:4]
	fmt.Println(s)

	s = s[:2]
	fmt.Println(s)

	s = s[1:]
	fmt.Println(s)

	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	printSlice("base", base)
	a := base[2:5]
	printSlice("a", a)
	b := a[1:cap(a)]
	printSlice("b", b)
	a = append(a, 100)
	printSlice("a", a)
	printSlice("b", b)
	printSlice("base", base)
	c := base[8:]
	c = append(c, 200)
	c[0] = -8
	printSlice("c", c)
	printSlice("base", base)
}
