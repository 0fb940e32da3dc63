package main

import "fmt"

func main() {
	var i int = 1.5
	n := 10
	n = 2.5
	var b byte = 255.5
	fmt.Println(i, n, b)
}
