package main

import "fmt"

func main() {
	var a, b uint8 = 10, 0
	fmt.Println(a % b)
}
