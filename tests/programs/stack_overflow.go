package main

import "fmt"

// depth recurses n levels: gc's goroutine stacks grow to 1e9 bytes, so ten million frames of a
// small function fit, and an unbounded recursion ends with "fatal error: stack overflow" and
// exit status 2.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	fmt.Println(depth(10000000))
	fmt.Println(forever(0))
}
