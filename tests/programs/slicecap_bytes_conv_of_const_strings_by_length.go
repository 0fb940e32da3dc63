package main

import "fmt"

// Checks cap of read-only, mutated and appended []byte conversions of constant strings of 0 to 33 bytes.
func main() {
	b0 := []byte("")
	b1 := []byte("a")
	b31 := []byte("0123456789012345678901234567890")
	b32 := []byte("01234567890123456789012345678901")
	b33 := []byte("012345678901234567890123456789012")
	fmt.Println(cap(b0), cap(b1), cap(b31), cap(b32), cap(b33))
	w1 := []byte("a")
	w1[0] = 'b'
	w33 := []byte("012345678901234567890123456789012")
	w33[3] = 'x'
	fmt.Println(cap(w1), cap(w33), string(w1), string(w33))
	a1 := []byte("a")
	a1 = append(a1, 'c')
	a31 := []byte("0123456789012345678901234567890")
	a31 = append(a31, 'c')
	fmt.Println(len(a1), cap(a1), len(a31), cap(a31))
	e := []byte("")
	e = append(e, 1)
	fmt.Println(len(e), cap(e))
}
