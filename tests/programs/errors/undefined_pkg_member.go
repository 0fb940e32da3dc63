package main

import "fmt"

func main() {
	fmt.Printlnx("x")
}
