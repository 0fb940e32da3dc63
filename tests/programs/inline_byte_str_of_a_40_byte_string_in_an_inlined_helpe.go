// probes: []byte(str) of a 40-byte string in an inlined helper (too long for the 32-byte buffer)
package main

import (
	"fmt"
	"strings"
)

func bytesOf(s string) []byte {
	return []byte(s)
}

func main() {
	x := strings.Repeat("ab", 20)
	b := bytesOf(x)
	fmt.Println(len(b), cap(b))
	y := x[:5]
	c := bytesOf(y)
	fmt.Println(len(c), cap(c))
}
