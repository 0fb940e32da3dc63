package main

import "fmt"

const debug = false

func main() {
	var s []string
	s = append(s, "a")
	if len(s) > 3 || !debug {
		fmt.Println(len(s), cap(s))
	} else {
		fmt.Println(s)
	}
}
