package main

import "fmt"

func main() {
	fmt.Printf("%x|% x|%#x|% #x|%X\n", "hello", "hello", "hi", "hi", "\xff")
	fmt.Printf("%x %X %#X %x\n", 3735928559, uint64(18446744073709551615), 255, int8(-128))
	fmt.Printf("%8.2x|\n", "abcdef")
}
