// probes: inlined helper with a panic path (panic is cheap for inlining), recovered in main's deferred func
package main

import "fmt"

func one(x int) []int {
	if x < 0 {
		panic("negative")
	}
	var s []int
	s = append(s, x)
	return s
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	a := one(1)
	t := append(a, 7)
	u := append(a, 8)
	fmt.Println(len(a), t[1], u[1])
	one(-1)
}
