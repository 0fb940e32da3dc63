package main

import "fmt"

// Checks capacity while appending to a slice inside a range loop over that same slice.
func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	for _, v := range s {
		s = append(s, v*10)
		fmt.Print(cap(s), " ")
	}
	fmt.Println(s)
}
