// probes: variadic helper called with no args, one arg, and a spread nil slice; nil-ness of the parameter
package main

import "fmt"

func info(xs ...int) []bool {
	return append([]bool(nil), xs == nil, len(xs) > 0)
}

func main() {
	var n []int
	fmt.Println(info(), info(1), info(n...), info([]int{}...))
}
