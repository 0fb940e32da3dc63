package main

import (
	"fmt"
	"strings"
)

// Checks len and cap of []rune conversions of runtime and constant strings that are read, mutated or appended to.
func main() {
	base := strings.Repeat("é", 3)
	r := []rune(base)
	fmt.Println(len(r), cap(r))
	r2 := []rune(base)
	r2[0] = 'x'
	fmt.Println(len(r2), cap(r2), string(r2))
	long := strings.Repeat("ab", 20)
	r3 := []rune(long)
	fmt.Println(len(r3), cap(r3))
	r4 := []rune("")
	fmt.Println(len(r4), cap(r4))
	r5 := []rune("héllo")
	r5 = append(r5, '!')
	fmt.Println(len(r5), cap(r5))
	r6 := []rune(strings.Repeat("x", 32))
	r6 = append(r6, 'y')
	fmt.Println(len(r6), cap(r6))
	r7 := []rune(strings.Repeat("x", 100))
	fmt.Println(len(r7), cap(r7))
}
