// probes: inlined helper in a for loop's condition and post statement
package main

import "fmt"

var evals int

func lim(n int) int {
	s := append([]int(nil), n)
	evals++
	return s[0]
}

func inc(i int) int {
	s := append([]int(nil), i+1)
	return s[0]
}

func main() {
	sum := 0
	for i := 0; i < lim(4); i = inc(i) {
		sum += i
	}
	fmt.Println(sum, evals)
}
