// probes: int32 element type builder, then extra appends in caller
package main

import "fmt"

func build(n int) []int32 {
	var s []int32
	for i := 0; i < n; i++ {
		s = append(s, int32(i))
	}
	return s
}

func main() {
	a := build(1)
	fmt.Println(len(a), cap(a))
	for i := 0; i < 10; i++ {
		a = append(a, 1)
		fmt.Print(cap(a), " ")
	}
	fmt.Println()
}
