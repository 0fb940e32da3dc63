// probes: for-range over a string (runes and byte offsets) inside an inlined helper
package main

import "fmt"

func offs(s string) []int {
	var o []int
	for i, r := range s {
		if r > 127 {
			o = append(o, i)
		}
	}
	return o
}

func main() {
	fmt.Println(offs("aé中b€"))
	fmt.Println(offs("plain"))
}
