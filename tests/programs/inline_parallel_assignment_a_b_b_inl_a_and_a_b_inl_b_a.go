// probes: parallel assignment a, b = b, inl(a) and a, b = inl(b), a (old values on the right)
package main

import "fmt"

func dbl(x int) int {
	s := append([]int(nil), x, x)
	return s[0] + s[1]
}

func main() {
	a, b := 1, 2
	a, b = b, dbl(a)
	fmt.Println(a, b)
	a, b = dbl(b), a
	fmt.Println(a, b)
	a, b, a = dbl(a), dbl(b), 7
	fmt.Println(a, b)
}
