package main

import "fmt"

// Checks cap of appended slices converted to interfaces and type-switched or type-asserted.
func main() {
	var a []int
	a = append(a, 1)
	var x any = a
	switch v := x.(type) {
	case []int:
		fmt.Println(len(v), cap(a))
	}
	var b []int
	b = append(b, 1)
	var y any = b
	_ = y
	fmt.Println(cap(b))
	var c []int
	c = append(c, 1)
	z := any(c)
	if _, ok := z.([]int); ok {
		fmt.Println(cap(c))
	}
}
