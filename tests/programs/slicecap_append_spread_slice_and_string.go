package main

import "fmt"

// Checks cap after spread appends of an []int, an empty []int and string constants to nil slices.
func main() {
	var s []int
	other := []int{1, 2, 3}
	s = append(s, other...)
	fmt.Println(len(s), cap(s))
	s = append(s, 4)
	fmt.Println(len(s), cap(s))
	var t []int
	t = append(t, []int{}...)
	fmt.Println(len(t), cap(t))
	t = append(t, 1)
	fmt.Println(len(t), cap(t))
	var b []byte
	b = append(b, "hello"...)
	fmt.Println(len(b), cap(b))
	b = append(b, '!')
	fmt.Println(len(b), cap(b))
	var c []byte
	c = append(c, 'x')
	c = append(c, "abcdefghijklmnopqrstuvwxyz0123456789"...)
	fmt.Println(len(c), cap(c))
}
