package main

import "fmt"

func concat(parts ...[]int) []int {
	var out []int
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func main() {
	a := concat([]int{1}, []int{2, 3})
	fmt.Println(len(a), cap(a))
	b := concat([]int{1}, []int{2}, []int{3}, []int{4, 5})
	fmt.Println(len(b), cap(b))
	c := concat()
	fmt.Println(len(c), cap(c), c == nil)
	for i := 0; i < 3; i++ {
		d := concat([]int{i}, []int{i, i})
		fmt.Println(len(d), cap(d))
	}
}
