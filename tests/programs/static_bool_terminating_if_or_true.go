package main

import "fmt"

const debug = false

func report(n int) {
	var s []int
	s = append(s, n)
	if n > 0 || !debug {
		fmt.Println(len(s), cap(s))
		return
	}
	fmt.Println(s)
}

func main() { report(3) }
