// probes: inlined helper in a //go:noinline caller that is called twice (store per caller invocation)
package main

import "fmt"

func c1(x int) int {
	var s []int
	s = append(s, x)
	return cap(s)
}

//go:noinline
func twice(x int) (int, int) {
	a := 0
	for i := 0; i < 2; i++ {
		a = a*10 + c1(x+i)
	}
	return a, c1(x)
}

func main() {
	fmt.Println(twice(1))
	fmt.Println(twice(2))
}
