package main

import "fmt"

// Checks cap when a blank-assigned append to the same nil slice precedes the real append.
func main() {
	var t []int
	_ = append(t, 1)
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
}
