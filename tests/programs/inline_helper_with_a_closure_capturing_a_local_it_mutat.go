// probes: helper with a closure capturing a local it mutates; called twice, captured state fresh each call
package main

import "fmt"

func counter(n int) int {
	c := 0
	inc := func() { c++ }
	for range append([]int(nil), make([]int, n)...) {
		inc()
	}
	return c
}

func main() {
	fmt.Println(counter(2), counter(3), counter(0))
}
