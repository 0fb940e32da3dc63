// probes: inlined call in a defer statement's arguments: evaluated at the defer, printed at return
package main

import "fmt"

var G int

func snap() []int {
	G++
	return append([]int(nil), G)
}

func f() {
	defer fmt.Println("deferred", snap())
	G = 50
	fmt.Println("body", snap())
}

func main() {
	f()
	fmt.Println(G)
}
