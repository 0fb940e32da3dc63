package main

import "fmt"

// careless ignores yield's result, which is a bug: once the loop body has
// broken out, calling yield again panics.
func careless(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			yield(i)
		}
	}
}

func careful(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	// Without an early exit the careless iterator works fine.
	sum := 0
	for v := range careless(5) {
		sum += v
	}
	fmt.Println("sum", sum)

	for v := range careful(10) {
		if v == 2 {
			break
		}
		fmt.Println("careful", v)
	}

	for v := range careless(10) {
		fmt.Println("careless", v)
		if v == 2 {
			break
		}
	}
	fmt.Println("not reached")
}
