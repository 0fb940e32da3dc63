package main

import "fmt"

func main() {
	s := make([]int, 5, 5)
	for i := range s {
		s[i] = i
	}
	var i int64 = 2
	t := append(s[:i], s[i+-1:]...)
	t[0] = 99
	fmt.Println(len(t), cap(t), s, t)
}
