package main

import "fmt"

const debug = false

func main() {
	var s []int
	s = append(s, 7)
	for i := 0; i < len(s) && debug; i++ {
		fmt.Println(s)
	}
	fmt.Println(len(s), cap(s))
}
