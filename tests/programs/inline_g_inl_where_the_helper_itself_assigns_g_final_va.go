// probes: G = inl() where the helper itself assigns G: final value is the helper's result
package main

import "fmt"

var G []int

func reset(v int) []int {
	G = append([]int(nil), -1)
	return append([]int(nil), v)
}

func main() {
	G = reset(5)
	fmt.Println(G)
	G, G = reset(6), reset(7)
	fmt.Println(G)
}
