package main

import "fmt"

func main() {
	f := func() { fmt.Println("x") }
	defer f
	fmt.Println("body")
}
