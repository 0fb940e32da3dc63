package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	n := func(x []int) int { return len(x) }(s)
	t := append(s, 2)
	u := append(s, 3)
	fmt.Println(t[1], u[1], n)
}
