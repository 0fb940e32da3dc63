// probes: integer division by zero inside an inlined helper, unrecovered (exit 2, first stderr line)
package main

import "fmt"

func ratio(a, b int) int {
	s := append([]int(nil), a, b)
	return s[0] / s[1]
}

func main() {
	fmt.Println(ratio(9, 3))
	z := 0
	fmt.Println(ratio(1, z))
}
