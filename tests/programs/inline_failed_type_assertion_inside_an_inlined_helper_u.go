// probes: failed type assertion inside an inlined helper (unrecovered), first panic line
package main

import "fmt"

func ints(v any) []int {
	return append([]int(nil), v.(int))
}

func main() {
	fmt.Println(ints(3))
	fmt.Println(ints("x"))
}
