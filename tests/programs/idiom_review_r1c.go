package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4}
	i := 2
	t := append(s[:i], s[i-1:]...)
	t[0] = 99
	fmt.Println(len(t), cap(t), s, t)
}
