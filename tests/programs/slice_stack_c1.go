package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	var a any = s
	_ = a
	t := append(s, 2)
	u := append(s, 3)
	fmt.Println(t[1], u[1])
}
