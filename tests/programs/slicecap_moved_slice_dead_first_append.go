package main

import "fmt"

// Checks that the store of a slice moved at a hand-off goes to the first append gc compiles,
// not to one after a break.
func main() {
	var t []int
	for i := 0; i < 3; i++ {
		if i > 100 {
			break
			t = append(t, -1)
		}
		t = append(t, i)
	}
	u := t
	fmt.Println(len(u), cap(u), u)
}
