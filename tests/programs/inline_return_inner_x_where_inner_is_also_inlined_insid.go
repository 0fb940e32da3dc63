// probes: return inner(x) where inner is also inlined, inside a loop in the outer helper, called in a loop
package main

import "fmt"

func inner(x int) []int {
	if x%2 == 0 {
		return nil
	}
	return append([]int(nil), x)
}

func outer(n int) []int {
	for i := n; i > 0; i-- {
		if i%3 == 0 {
			return inner(i)
		}
	}
	return inner(n)
}

func main() {
	for n := 1; n < 8; n++ {
		fmt.Print(outer(n), " ")
	}
	fmt.Println()
}
