// probes: || in a noinline function's return statement with an inlined helper on the right
package main

import "fmt"

var count int

func check(x int) bool {
	count++
	var s []int
	s = append(s, x)
	return s[0] > 10
}

//go:noinline
func test(x int) bool {
	return x > 5 || check(x)
}

func main() {
	fmt.Println(test(1), test(7), test(20), count)
}
