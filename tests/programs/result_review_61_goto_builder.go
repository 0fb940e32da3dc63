package main

import "fmt"

func collatz(n int) []int {
	var s []int
again:
	s = append(s, n)
	if n == 1 {
		return s
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto again
}

func main() {
	for _, n := range []int{1, 2, 4, 3, 6, 7} {
		c := collatz(n)
		fmt.Println(n, len(c), cap(c))
	}
}
