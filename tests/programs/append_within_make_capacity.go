package main

import "fmt"

func main() {
	base := make([]int, 0, 8)
	base = append(base, 1, 2)
	x := append(base, 3)
	fmt.Println(x)
}
