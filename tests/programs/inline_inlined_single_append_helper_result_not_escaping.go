// probes: inlined single-append helper, result not escaping, appended again in caller
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func main() {
	r := one(1)
	fmt.Println(len(r), cap(r))
	r = append(r, 2)
	fmt.Println(len(r), cap(r))
	r = append(r, 3, 4)
	fmt.Println(len(r), cap(r), r)
}
