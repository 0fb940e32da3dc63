package main

import "fmt"

// Checks cap growth of a slice declared in a for init clause and appended only in the post statement.
func main() {
	var t []int
	for s := []int{}; len(s) < 6; s = append(s, 1) {
		fmt.Print(cap(s), " ")
		t = s
	}
	fmt.Println(t)
}
