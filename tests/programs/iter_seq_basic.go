package main

import "fmt"

// countdown yields n, n-1, ..., 1.
func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

// fibonacci yields Fibonacci numbers below limit.
func fibonacci(limit int) func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for a < limit {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

// words yields the words of a sentence, split on spaces.
func words(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == ' ' {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
	}
}

func empty(yield func(int) bool) {}

func main() {
	for i := range countdown(5) {
		fmt.Print(i, " ")
	}
	fmt.Println("liftoff")

	sum := 0
	for f := range fibonacci(100) {
		sum += f
		fmt.Print(f, ",")
	}
	fmt.Println(" sum", sum)

	n := 0
	for w := range words("  the quick  brown fox ") {
		n++
		fmt.Printf("%d:%q ", n, w)
	}
	fmt.Println()

	// Range without a loop variable just counts.
	count := 0
	for range countdown(7) {
		count++
	}
	fmt.Println("count", count)

	for x := range empty {
		fmt.Println("never", x)
	}
	fmt.Println("empty done")

	// An iterator value can be stored and ranged over more than once.
	seq := fibonacci(20)
	for v := range seq {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range seq {
		fmt.Print(v*v, " ")
	}
	fmt.Println()

	// Assigning to an existing variable with =.
	var last int
	for last = range countdown(3) {
	}
	fmt.Println("last", last)

	// A function literal ranged over directly.
	for s := range func(yield func(string) bool) {
		_ = yield("a") && yield("b") && yield("c")
	} {
		fmt.Print(s)
	}
	fmt.Println()
}
