// probes: helper receiving an array by value, modifying it and appending its elements: caller's array unchanged
package main

import "fmt"

func mod(a [3]int) []int {
	a[0] = 100
	return append(a[:], a[1])
}

func main() {
	a := [3]int{1, 2, 3}
	s := mod(a)
	s[1] = -1
	fmt.Println(a, s)
}
