// probes: func-variable calls in a helper that returns a slice; caller keeps results from a loop
package main

import "fmt"

func inc(x int) int { return x + 1 }

func one(x int) []int {
	f := inc
	y := f(f(f(f(f(x)))))
	var s []int
	s = append(s, y)
	return s
}

func main() {
	for i := 0; i < 3; i++ {
		a := one(i)
		a = append(a, i)
		fmt.Println(i, len(a), a[0])
	}
	fmt.Println("ok")
}
