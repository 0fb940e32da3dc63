package main

import "fmt"

func main() {
	s := "abc"
	s[0] = 1
	fmt.Println(s)
}
