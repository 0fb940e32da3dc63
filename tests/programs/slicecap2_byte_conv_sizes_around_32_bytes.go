package main

import (
	"fmt"
	"os"
	"strings"
)

// Checks cap of []byte conversions of concatenated strings around the 32-byte boundary.
func main() {
	pad := os.Args[0][:0]
	for _, n := range []int{1, 8, 9, 31, 32, 33} {
		str := strings.Repeat("a", n) + pad
		b := []byte(str + pad)
		b[0] = 'y'
		c := []byte(pad + str + "z")
		c[0] = 'y'
		fmt.Println(n, cap(b), cap(c))
	}
}
