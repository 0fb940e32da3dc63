package main

import "fmt"

// Checks cap after appending to []int{} and []int literals and to make slices with zero length or too small a capacity.
func main() {
	s := []int{}
	fmt.Println(len(s), cap(s))
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	t := make([]int, 0)
	t = append(t, 1, 2)
	fmt.Println(len(t), cap(t))
	u := make([]int, 0, 2)
	u = append(u, 1, 2, 3)
	fmt.Println(len(u), cap(u))
	v := make([]int, 0, 5)
	v = append(v, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(v), cap(v))
	w := []int{1, 2, 3}
	w = append(w, 4)
	fmt.Println(len(w), cap(w))
	x := []int{1, 2, 3, 4, 5}
	x = append(x, 6)
	fmt.Println(len(x), cap(x))
}
