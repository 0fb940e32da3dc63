// Memoization with closures and maps
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

var calls int

func slowSquare(n int) int {
	calls++
	return n * n
}

func main() {
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	for _, n := range []int{10, 20, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib(n))
	}
	fmt.Println("memo size:", len(memo))

	sq := memoize(slowSquare)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("\ncalls:", calls)

	// number of ways to climb stairs
	ways := make([]int, 31)
	ways[0], ways[1] = 1, 1
	for i := 2; i <= 30; i++ {
		ways[i] = ways[i-1] + ways[i-2]
	}
	fmt.Println("ways(30) =", ways[30])

	// collatz lengths with cache
	cache := map[int]int{1: 1}
	var collatz func(int) int
	collatz = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		var next int
		if n%2 == 0 {
			next = n / 2
		} else {
			next = 3*n + 1
		}
		v := 1 + collatz(next)
		cache[n] = v
		return v
	}
	best, bestLen := 0, 0
	for i := 1; i < 10000; i++ {
		if l := collatz(i); l > bestLen {
			best, bestLen = i, l
		}
	}
	fmt.Println("longest collatz under 10000:", best, bestLen)
}
