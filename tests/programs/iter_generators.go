package main

import "fmt"

// primes yields primes forever, with a sieve that grows as needed.
func primes(yield func(int) bool) {
	var found []int
	for n := 2; ; n++ {
		isPrime := true
		for _, p := range found {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			found = append(found, n)
			if !yield(n) {
				return
			}
		}
	}
}

func collatz(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for step := 0; ; step++ {
			if !yield(step, n) || n == 1 {
				return
			}
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
	}
}

// counter returns an iterator and a function reporting how far it got.
func counter() (func(func(int) bool), func() int) {
	calls := 0
	seq := func(yield func(int) bool) {
		for {
			calls++
			if !yield(calls) {
				return
			}
		}
	}
	return seq, func() int { return calls }
}

func main() {
	var ps []int
	for p := range primes {
		if p > 60 {
			break
		}
		ps = append(ps, p)
	}
	fmt.Println(ps, len(ps))

	steps, peak := 0, 0
	for s, v := range collatz(27) {
		steps = s
		peak = max(peak, v)
	}
	fmt.Println("collatz(27):", steps, "steps, peak", peak)

	for s, v := range collatz(6) {
		fmt.Printf("%d:%d ", s, v)
	}
	fmt.Println()

	seq, progress := counter()
	for v := range seq {
		if v == 5 {
			break
		}
	}
	fmt.Println("progress", progress())
	// The state lives on in the closure: a second loop continues from it.
	for v := range seq {
		if v >= 8 {
			break
		}
	}
	fmt.Println("progress", progress())

	// Twin primes below 200.
	prev := 0
	twins := 0
	for p := range primes {
		if p >= 200 {
			break
		}
		if p-prev == 2 {
			twins++
			fmt.Printf("(%d,%d) ", prev, p)
		}
		prev = p
	}
	fmt.Println()
	fmt.Println(twins, "twin pairs")
}
