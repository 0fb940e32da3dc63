// probes: global variable initializers calling an inlined helper, in dependency order
package main

import "fmt"

var B = grow(A, 2)
var A = grow(nil, 1)

func grow(s []int, v int) []int {
	return append(s, v)
}

func main() {
	fmt.Println(A, B)
}
