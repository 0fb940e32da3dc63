package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	i := 1
	t := append(s[:i], s[i+1:]...)
	fmt.Println(t)
}
