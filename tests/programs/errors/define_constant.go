package main

import "fmt"

func main() {
	const x = 1
	x, y := 2, 3
	fmt.Println(x, y)
}
