package main

import "fmt"

// Checks len and cap after appending to int and byte slices declared fresh in each loop iteration.
func main() {
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i)
		fmt.Println(i, len(s), cap(s))
	}
	for i := range 3 {
		var b []byte
		b = append(b, byte(i))
		b = append(b, 1)
		fmt.Println(i, len(b), cap(b))
	}
}
