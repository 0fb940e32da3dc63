package main

import "fmt"

// Checks cap growth of 40 single-byte appends when a copy of the slice is later printed.
func main() {
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, 'a')
		fmt.Print(cap(b), " ")
	}
	fmt.Println()
	c := b
	fmt.Println(string(c[:3]), c)
}
