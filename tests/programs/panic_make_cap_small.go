package main

import "fmt"

func main() {
	n, c := 2, 4
	s := make([]string, n, c)
	fmt.Println(len(s), cap(s))
	n = 5
	s = make([]string, n, c)
	fmt.Println(len(s), cap(s))
}
