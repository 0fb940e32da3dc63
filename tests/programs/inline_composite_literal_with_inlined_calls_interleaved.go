// probes: composite literal with inlined calls interleaved with reads of the global they modify
package main

import "fmt"

var G int

func bump() int {
	s := append([]int(nil), G)
	G += 10
	return s[0]
}

type T struct{ a, b, c, d int }

func main() {
	x := []int{bump(), G, bump(), G}
	fmt.Println(x, G)
	G = 1
	t := T{d: bump(), a: G, c: bump(), b: G}
	fmt.Println(t, G)
	G = 2
	m := map[int]int{bump(): G, G: bump()}
	fmt.Println(len(m), G)
}
