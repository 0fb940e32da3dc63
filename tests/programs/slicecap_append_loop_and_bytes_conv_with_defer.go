package main

import "fmt"

// Checks cap of a loop-appended []int and a mutated []byte conversion in a main with a deferred print.
func main() {
	defer fmt.Println("deferred")
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	b := []byte(fmt.Sprint(123))
	b[0] = '9'
	fmt.Println(len(b), cap(b), string(b))
}
