package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4}
	i := 1
	t := append(s[1:i], s[i+1:]...)
	t[0] = 99
	fmt.Println(len(t), cap(t), s, t)
	var a [5]int
	j := 3
	w := append(a[:j], a[j+1:]...)
	w[0] = 5
	fmt.Println(len(w), cap(w), a, w)
}
