package main

import "fmt"

func f() []int {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	t := f()
	u := append(t, 9)
	u[0] = 100
	fmt.Println(t)
}
