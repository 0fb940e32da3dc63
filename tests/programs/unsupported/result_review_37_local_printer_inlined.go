package main

import "fmt"

func show(s []int) {
	fmt.Println(s)
}

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i*i)
	}
	show(s)
	fmt.Println(len(s), cap(s))
}
