package main

import "fmt"

func main() {
	s := "abc"
	i := 5
	fmt.Println("start")
	fmt.Println(s[i])
}
