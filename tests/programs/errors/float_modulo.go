package main

import "fmt"

func main() {
	x := 7.5
	y := 2.0
	fmt.Println(x % y)
	x %= 2
	fmt.Println(x)
}
