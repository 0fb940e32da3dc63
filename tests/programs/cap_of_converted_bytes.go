package main

import "fmt"

func main() {
	b := []byte("hi")
	fmt.Println(len(b), cap(b))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	c := []byte("hello")
	fmt.Println(c, cap(c))
	s := make([]int, 3)
	s = append(s, 1)
	fmt.Println(cap(s))
	t := []int{1, 2, 3}
	t = append(t, 4)
	fmt.Println(cap(t), t)
}
