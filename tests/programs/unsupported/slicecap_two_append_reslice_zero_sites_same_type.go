package main

import "fmt"

// Checks cap of two x = append(x[:0], v) sites on different []int variables followed by a plain append.
func main() {
	var x []int
	x = append(x[:0], 1)
	fmt.Println(len(x), cap(x))
	var y []int
	y = append(y[:0], 2)
	fmt.Println(len(y), cap(y))
	var z []int
	z = append(z, 3)
	fmt.Println(len(z), cap(z))
}
