package main

import "fmt"

func parts() ([]int, int, int) { return nil, 1, 2 }

func main() {
	s := append(parts())
	fmt.Println(s, len(s), cap(s))
}
