package main

import "fmt"

func R[T ~int | ~uint8](n T) {
	for i := range n {
		fmt.Print(i, " ")
	}
	fmt.Println()
}

func main() { R(3); R(uint8(2)) }
