package main

import "fmt"

//go:noinline
func build(n int) (s []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	return s, nil
}

// Checks append growth of a named result in a function with a recovering defer.
func main() {
	s, err := build(5)
	fmt.Println(len(s), err)
}
