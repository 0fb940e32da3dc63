package main

import "fmt"

//go:noinline
func show(s []int) int { return len(s) }

// Checks cap growth in append loops followed by passing the slice with an explicit conversion or parentheses.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println(show([]int(s)))
	_ = s
	var t []int
	for i := 0; i < 5; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println(show((t)))
}
