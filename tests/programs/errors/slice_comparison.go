package main

import "fmt"

type Record struct {
	ID   int
	Tags []string
}

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b)
	fmt.Println(a == nil)
	r1 := Record{1, nil}
	r2 := Record{1, nil}
	fmt.Println(r1 == r2)
}
