package main

import "fmt"

// Checks cap growth of a loop-appended slice whose copy is later printed with fmt.Println.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	t := s
	fmt.Println(t)
}
