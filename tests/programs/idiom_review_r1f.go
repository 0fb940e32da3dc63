package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4}
	var i uint64 = 4
	t := append(s[:i], s[i+1:]...)
	t = append(t, 50)
	t[0] = 9
	fmt.Println(len(t), cap(t), s, t)
	t = append(t, 60)
	t[1] = 8
	fmt.Println(len(t), cap(t), s, t)
}
