package main

import "fmt"

func main() {
	s := "hello"
	lo, hi := 4, 2
	fmt.Println(s[lo:hi])
}
