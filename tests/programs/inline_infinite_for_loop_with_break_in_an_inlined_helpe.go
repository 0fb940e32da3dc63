// probes: infinite for loop with break in an inlined helper, helper called in a loop, loop var per iteration
package main

import "fmt"

func digits(n int) []int {
	var d []int
	for {
		d = append(d, n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return d
}

func main() {
	for _, n := range []int{0, 7, 1234} {
		fmt.Println(digits(n))
	}
}
