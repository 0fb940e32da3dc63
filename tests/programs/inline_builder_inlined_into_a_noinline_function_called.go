// probes: builder inlined into a noinline function called twice from main: a fresh store each call
package main

import "fmt"

func one(x int) []int {
	var s []int
	return append(s, x)
}

//go:noinline
func use(x int) string {
	r := one(x)
	t := append(r, 7)
	u := append(r, 8)
	return fmt.Sprint(t[1], u[1], cap(r))
}

func main() {
	fmt.Println(use(1))
	fmt.Println(use(2))
}
