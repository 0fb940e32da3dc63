package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	i := 0
	t := append(s[:i], s[i+1:]...)
	t = append(t, 7)
	t = append(t, 9)
	fmt.Println(len(t), cap(t), t[0], t[2], s[0], s[2])
}
