package main

import "fmt"

// Checks cap after appends in nested loops exited by break and in nested range-over-int loops.
func main() {
	var s []int
	count := 0
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				break
			}
			s = append(s, j)
			count++
		}
		if count > 7 {
			break
		}
	}
	fmt.Println(len(s), cap(s))
	var t []int
	for k := range 3 {
		for range k {
			t = append(t, k)
		}
	}
	fmt.Println(len(t), cap(t))
}
