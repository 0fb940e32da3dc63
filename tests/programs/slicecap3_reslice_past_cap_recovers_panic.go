package main

import "fmt"

// Checks slicing past the capacity of an appended slice panics and is recovered.
func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var s []int
	s = append(s, 1)
	i := 3
	t := s[:i]
	fmt.Println(len(t))
	u := s[:i+3]
	fmt.Println(len(u))
}
