package main

import "fmt"

type L []int

// Checks cap growth in an append loop followed by assigning the slice to a named slice type variable.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var t L
	t = s
	fmt.Println(len(t))
}
