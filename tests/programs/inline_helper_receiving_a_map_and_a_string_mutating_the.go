// probes: helper receiving a map and a string, mutating the map, returning a converted string
package main

import "fmt"

func tally(m map[byte]int, s string) string {
	b := []byte(s)
	for _, c := range b {
		m[c]++
	}
	return string(b[1:])
}

func main() {
	m := map[byte]int{}
	x := tally(m, "abca")
	y := tally(m, "bb")
	fmt.Println(x, y, m['a'], m['b'], m['c'], len(m))
}
