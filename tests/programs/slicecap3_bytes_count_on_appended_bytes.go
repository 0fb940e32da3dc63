package main

import (
	"bytes"
	"fmt"
)

// Checks capacity of appended bytes read by bytes.Count.
func main() {
	var b []byte
	for i := 0; i < 5; i++ {
		b = append(b, byte('a'+i))
		fmt.Print(cap(b), " ")
	}
	fmt.Print(bytes.Count(b, []byte("a")), " ")
	_ = b
	fmt.Println()
}
