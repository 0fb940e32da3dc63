// probes: goto backward across a block boundary, jumping out of a loop, in an inlined helper
package main

import "fmt"

func collatz(n int) (s []int) {
top:
	s = append(s, n)
	for n > 1 {
		n = n/2 + n%2*(5*n/2+1)
		goto top
	}
	return
}

func main() {
	fmt.Println(collatz(6))
	fmt.Println(collatz(1))
}
