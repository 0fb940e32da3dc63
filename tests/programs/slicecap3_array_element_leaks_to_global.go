package main

import "fmt"

var sink []int

// Checks capacity of a slice stored in an array element that leaks to a global.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var arr [1][]int
	arr[0] = s
	sink = arr[0]
	fmt.Println()
}
