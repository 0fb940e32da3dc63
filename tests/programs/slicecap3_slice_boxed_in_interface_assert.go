package main

import "fmt"

// Checks capacity of a slice boxed in an interface and asserted back.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var i any = s
	fmt.Println(len(i.([]int)))
}
