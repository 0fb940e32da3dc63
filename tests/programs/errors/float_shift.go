package main

import "fmt"

func main() {
	f := 2.0
	fmt.Println(f << 1)
	var g float32 = 8
	g >>= 2
	fmt.Println(g)
}
