package main

import "fmt"

//go:noinline
func run(k int) {
	var s []int
	switch {
	case k > 0:
		s = append(s, 1)
	case len(append(s, 2)) > 5:
		fmt.Println("never")
	}
	fmt.Println(len(s), cap(s))
}

// Checks a switch whose second case expression appends, in a noinline function where either the first case or that expression runs.
func main() {
	run(1)
	run(0)
}
