// probes: inlined calls in switch tag and case expressions: only cases up to the match are evaluated
package main

import "fmt"

var calls int

func c(v int) int {
	s := append([]int(nil), v)
	calls++
	return s[0]
}

func main() {
	for i := 0; i < 4; i++ {
		switch c(i) {
		case c(0):
			fmt.Println("zero")
		case c(1), c(2):
			fmt.Println("one or two")
		default:
			fmt.Println("other")
		}
	}
	fmt.Println(calls)
}
