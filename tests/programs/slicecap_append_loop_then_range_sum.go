package main

import "fmt"

// Checks cap after three appends in a loop followed by a range loop that sums the elements.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(sum, len(s), cap(s))
}
