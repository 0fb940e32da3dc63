package main

import "fmt"

// Checks cap when appending in a for loop's post statement, alone and together with an append in the body.
func main() {
	var s []int
	for i := 0; i < 3; s = append(s, i) {
		i++
		fmt.Println(len(s), cap(s))
	}
	fmt.Println(len(s), cap(s))
	var t []int
	for i := 0; i < 3; t = append(t, i) {
		i++
		if i == 1 {
			t = append(t, 100)
		}
		fmt.Println(len(t), cap(t))
	}
	fmt.Println(len(t), cap(t))
}
