package main

import "fmt"

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(add(1))
	fmt.Println(add(1, 2, 3))
}
