package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by storing the slice in a struct field.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var st struct{ f []int }
	st.f = s
	sink = len(st.f)
	fmt.Println(len(s))
}
