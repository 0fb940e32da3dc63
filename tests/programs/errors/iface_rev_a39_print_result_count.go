package main

import "fmt"

func main() {
	n := fmt.Println("x")
	a, b, c := fmt.Print("x")
	var s string
	s, _ = fmt.Printf("x")
	_, _, _, _ = n, a, b, c
}
