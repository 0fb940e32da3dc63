package main

import "fmt"

// Checks cap growth in append loops followed by builtin println and print reads of the slice.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	println(len(s))
	_ = s
	fmt.Println()
	var t []int
	for i := 0; i < 5; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	print(t[0], "\n")
	_ = t
	fmt.Println()
}
