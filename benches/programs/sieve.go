// Sieve of Eratosthenes over a slice: slice indexing with bounds checks, loops.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 10; r++ {
		total += sieve(5000000)
	}
	fmt.Println(total)
}
