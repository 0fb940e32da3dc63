// probes: address of a helper local taken but not escaping (pointer arithmetic through it), locals zeroed per call
package main

import "fmt"

func sum(a []int) int {
	var t int
	p := &t
	for _, v := range append(a, 1) {
		*p += v
	}
	return t
}

func main() {
	a := make([]int, 2, 2)
	a[0], a[1] = 3, 4
	for i := 0; i < 3; i++ {
		fmt.Println(sum(a))
	}
}
