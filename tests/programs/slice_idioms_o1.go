package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	t := append(s, 4)
	t[0] = 9
	fmt.Println(s[0], t[0], len(t))
}
