package main

import "fmt"

const debug = false

func main() {
	var s []int
	s = append(s, 1)
	n := 0
	for i := 0; i < 2 || debug && fmt.Sprint(s) != ""; i++ {
		n++
	}
	fmt.Println(len(s), cap(s), n)
}
