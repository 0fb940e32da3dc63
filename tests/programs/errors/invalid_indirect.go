package main

import "fmt"

type Box struct {
	V int
}

func main() {
	n := 5
	fmt.Println(*n)
	b := Box{1}
	*b = Box{2}
	fmt.Println(b)
}
