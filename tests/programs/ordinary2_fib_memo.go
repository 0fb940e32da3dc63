package main

import "fmt"

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	calls := 0
	var fib func(int) int
	fib = memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	for _, n := range []int{10, 20, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib(n))
	}
	fmt.Println("calls:", calls)

	gen := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}
	g := gen()
	seq := make([]int, 0, 4)
	for range 15 {
		seq = append(seq, g())
	}
	fmt.Println(seq, len(seq), cap(seq))

	var naive func(n int) int
	count := 0
	naive = func(n int) int {
		count++
		if n <= 1 {
			return n
		}
		return naive(n-1) + naive(n-2)
	}
	fmt.Println(naive(20), count)
}
