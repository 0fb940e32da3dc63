package main

import "fmt"

// Checks cap growth when appends happen inside tuple assignments in loops.
func main() {
	var s []int
	n := 0
	for i := 0; i < 5; i++ {
		s, n = append(s, i), n+1
		fmt.Print(cap(s), " ")
	}
	fmt.Println(n)
	_ = s
	var a []int
	for i := 0; i < 5; i++ {
		a, n = append(a, i), n+1
		fmt.Print(cap(a), " ")
	}
	fmt.Println(n, len(a))
}
