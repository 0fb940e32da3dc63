package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4}
	i := 1
	s = append(s[:i], s[i+2:]...)
	fmt.Println(len(s), cap(s), s)
	s = append(s[:i], s[i+1:]...)
	fmt.Println(len(s), cap(s), s)
	var i32 int32 = 1
	s = append(s[:i32], s[i32+1:]...)
	fmt.Println(len(s), cap(s), s)
}
