package main

import "fmt"

// Checks cap of q = append(q[1:], i) and r = append(r[:0], i, i) repeated in loops.
func main() {
	var q []int
	q = append(q, 1, 2)
	fmt.Println(len(q), cap(q))
	for i := 0; i < 6; i++ {
		q = append(q[1:], i)
		fmt.Println(len(q), cap(q))
	}
	var r []int
	for i := 0; i < 4; i++ {
		r = append(r[:0], i, i)
		fmt.Println("r", len(r), cap(r))
	}
}
