package main

import "fmt"

func grow() []int {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	return s[:1]
}

func main() {
	t := grow()
	u := t
	t = append(t, 5)
	t[0] = 9
	fmt.Println(u, t, cap(t))
}
