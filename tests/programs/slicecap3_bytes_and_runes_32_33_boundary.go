package main

import (
	"fmt"
	"strings"
)

// Checks capacity of []byte and []rune conversions around 32 and 33 elements.
func main() {
	s32 := strings.Repeat("a", 32)
	s33 := strings.Repeat("a", 33)
	b := []byte(s32)
	b[0] = 'x'
	c := []byte(s33)
	c[0] = 'x'
	fmt.Println(len(b), cap(b), len(c), cap(c))
	r := []rune(s32)
	q := []rune(s33)
	fmt.Println(len(r), cap(r), len(q), cap(q))
	u := []rune(strings.Repeat("é", 20))
	fmt.Println(len(u), cap(u))
	h := s32[:16]
	k := s33[:17]
	v := []byte(h + k)
	v[0] = 'y'
	fmt.Println(len(v), cap(v))
}
