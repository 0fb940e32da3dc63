package main

import (
	"fmt"
	"strconv"
)

//go:noinline
func conv(n int) int {
	s := strconv.Itoa(n)
	b := []byte(s)
	b[0] = 'x'
	c := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), cap(b), len(c), cap(c), len(r), cap(r))
	return len(b)
}

// Checks caps of mutated []byte, read-only []byte and []rune conversions of strconv.Itoa results in a noinline function.
func main() {
	conv(1)
	conv(1234567890)
	conv(-1234567890)
}
