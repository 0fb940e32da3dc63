package main

import "fmt"

// Checks capacity when dead code that uses the slice follows continue.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
		continue
		fmt.Println(s)
	}
}
