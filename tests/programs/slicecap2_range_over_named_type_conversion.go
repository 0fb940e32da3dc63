package main

import "fmt"

var sink int

type L []int

// Checks cap growth in an append loop followed by ranging over the slice converted to a named type.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	for _, v := range L(s) {
		sink += v
	}
	fmt.Println(len(s))
}
