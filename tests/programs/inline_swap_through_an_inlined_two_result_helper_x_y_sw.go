// probes: swap through an inlined two-result helper, x, y = sw(x, y), repeated in a loop
package main

import "fmt"

func sw(a, b string) (string, string) {
	r := []rune(a)
	return b, string(r)
}

func main() {
	x, y := "ab", "cde"
	for i := 0; i < 3; i++ {
		x, y = sw(x, y)
		fmt.Println(x, y)
	}
	x, x = sw(x, y)
	fmt.Println(x, y)
}
