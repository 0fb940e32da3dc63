package main

import "fmt"

// Checks cap after three appends in a loop when the slice is then stored into a local [1][]int array.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
	var arr [1][]int
	arr[0] = s
	fmt.Println(len(arr[0]))
}
