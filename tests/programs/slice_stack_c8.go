package main

import "fmt"

type pair struct{ a, b []int }

func main() {
	var s []int
	s = append(s, 1)
	p := pair{s, nil}
	_ = p
	t := append(s, 2)
	u := append(s, 3)
	fmt.Println(t[1], u[1])
}
