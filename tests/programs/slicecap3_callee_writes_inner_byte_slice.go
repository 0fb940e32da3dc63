package main

import "fmt"

//go:noinline
func f(bs [][]byte) { bs[0][0] = 'J' }

// Checks a []byte conversion written by a callee through a [][]byte.
func main() {
	str := fmt.Sprint("hello")
	b := []byte(str)
	bs := [][]byte{b}
	f(bs)
	fmt.Println(len(b), cap(b), string(b), str)
}
