// probes: inlined helper called from a switch tag and from a for-loop post statement
package main

import "fmt"

func c1(x int) int {
	var s []int
	s = append(s, x)
	return cap(s)
}

func main() {
	switch c1(5) {
	case 4:
		fmt.Println("four")
	default:
		fmt.Println("other")
	}
	n := 0
	for i := 0; i < 3; i += c1(i) {
		n++
	}
	fmt.Println(n)
}
