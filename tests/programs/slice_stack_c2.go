package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	add := func(x int) { s = append(s, x) }
	add(2)
	t := append(s, 3)
	u := append(s, 4)
	fmt.Println(t[2], u[2])
}
