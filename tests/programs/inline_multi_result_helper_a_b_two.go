// probes: multi-result helper a, b := two()
package main

import "fmt"

func two() ([]int, []int) {
	var a, b []int
	a = append(a, 1)
	b = append(b, 2, 3)
	return a, b
}

func main() {
	x, y := two()
	fmt.Println(len(x), cap(x), len(y), cap(y))
	x = append(x, 5)
	y = append(y, 6)
	fmt.Println(len(x), cap(x), len(y), cap(y))
}
