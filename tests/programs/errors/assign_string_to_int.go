package main

import "fmt"

func main() {
	x := 1
	x = "s"
	fmt.Println(x)
}
