package main

import "fmt"

// Checks cap growth of a slice declared in a for init clause and appended in the body and post.
func main() {
	var t []int
	for s := []int{}; len(s) < 6; s = append(s, 1) {
		s = append(s, 2)
		fmt.Print(cap(s), " ")
		t = s
	}
	fmt.Println(len(t))
}
