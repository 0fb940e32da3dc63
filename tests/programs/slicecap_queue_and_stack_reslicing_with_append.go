package main

import "fmt"

// Checks cap of a slice used as a sliding queue via q[1:] and as a stack popped by reslicing.
func main() {
	var q []int
	for i := 0; i < 8; i++ {
		q = append(q, i)
		if len(q) > 2 {
			q = q[1:]
		}
		fmt.Println(len(q), cap(q))
	}
	var st []int
	for i := 0; i < 6; i++ {
		if i%3 == 2 {
			st = st[:len(st)-1]
		} else {
			st = append(st, i)
		}
		fmt.Println("st", len(st), cap(st))
	}
}
