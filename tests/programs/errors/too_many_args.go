package main

import "fmt"

func f(a int) int { return a }

func main() {
	fmt.Println(f(1, 2))
}
