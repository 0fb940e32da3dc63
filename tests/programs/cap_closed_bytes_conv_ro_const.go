package main

import (
	"fmt"
	"strings"
)

const c5 = "hello"
const c32 = "0123456789abcdef0123456789abcdef"
const c33 = c32 + "!"
const c100 = c32 + c32 + c32 + "0123"

// Read-only []byte(str) (non-constant), and []byte(constant) read-only / mutated.
func main() {
	for _, n := range []int{0, 1, 5, 31, 32, 33, 100} {
		b := []byte(strings.Repeat("r", n))
		fmt.Println("ro", n, len(b), cap(b), len(string(b)))
	}
	e := []byte("")
	fmt.Println("const0 ro", len(e), cap(e))
	a := []byte(c5)
	fmt.Println("const5 ro", len(a), cap(a), a[1])
	m := []byte(c5)
	m[0] = 'H'
	fmt.Println("const5 mut", len(m), cap(m), string(m))
	m32 := []byte(c32)
	m32[0] = 'X'
	fmt.Println("const32 mut", len(m32), cap(m32))
	m33 := []byte(c33)
	m33[0] = 'X'
	fmt.Println("const33 mut", len(m33), cap(m33))
	m100 := []byte(c100)
	m100[0] = 'X'
	fmt.Println("const100 mut", len(m100), cap(m100))
	m0 := []byte("")
	m0 = append(m0, 'q')
	fmt.Println("const0 append", len(m0), cap(m0), string(m0))
	lv := "local"
	l := []byte(lv)
	l[0] = 'L'
	fmt.Println("local-var-of-const mut", len(l), cap(l), string(l))
}
