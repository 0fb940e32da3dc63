package main

import "fmt"

func main() {
	// gc: precision of %x/%X on strings and byte slices counts input bytes, not runes
	fmt.Printf("%.4X|%.4x|% .3x|\n", "héllo", "héllo", "héllo")
	fmt.Printf("%.[2]*[1]x|\n", []byte("héllo"), 4)
}
