package main

import "fmt"

// Checks capacity of a slice sent on a channel.
func main() {
	var s []int
	s = append(s, 1)
	ch := make(chan []int, 1)
	ch <- s
	fmt.Println(len(<-ch), cap(s))
}
