package main

import (
	"fmt"
	"os"
	"strings"
)

// Checks len and cap of []rune and []byte conversions of multibyte strings of various lengths.
func main() {
	pad := os.Args[0][:0]
	for _, n := range []int{0, 1, 31, 32, 33, 47, 48, 49, 100} {
		str := strings.Repeat("é", n) + pad
		r := []rune(str)
		b := []byte(str)
		if len(b) > 0 {
			b[0] = 120
		}
		fmt.Println(n, len(r), cap(r), len(b), cap(b))
	}
}
