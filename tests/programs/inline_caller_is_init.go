// probes: caller is init()
package main

import "fmt"

var G int

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func init() {
	r := build(1)
	G = cap(r)
	r = append(r, 1)
	G = G*10 + cap(r)
}

func main() {
	fmt.Println(G)
}
