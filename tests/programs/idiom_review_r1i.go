package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	i := 0
	t := append(s[:i], s[i+1:]...)
	t = append(t, 7, 8)
	fmt.Println(len(t), cap(t), t[0], s[0], len(s), cap(s))
}
