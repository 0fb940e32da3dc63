package main

import "fmt"

// Checks cap when appending in nested loops with break, in a range over a slice literal and in a range over an int.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			s = append(s, i*j)
			if len(s) == 5 {
				break
			}
		}
		fmt.Println(len(s), cap(s))
	}
	r := []int{}
	for _, v := range []int{5, 6, 7, 8, 9} {
		r = append(r, v)
		fmt.Print(cap(r), " ")
	}
	fmt.Println()
	for i := range 10 {
		r = append(r, i)
	}
	fmt.Println(len(r), cap(r))
}
