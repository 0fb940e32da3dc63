// probes: f(inl(), inl()) with both arguments inlined helpers that bump a counter: left-to-right order
package main

import "fmt"

var n int

func next(tag string) int {
	b := []byte(tag)
	n++
	return n*10 + len(b)
}

//go:noinline
func pair(a, b int) string { return fmt.Sprint(a, ",", b) }

func main() {
	fmt.Println(pair(next("a"), next("bb")))
	fmt.Println(pair(next("ccc"), next("")), n)
}
