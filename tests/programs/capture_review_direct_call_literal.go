package main

import "fmt"

func main() {
	var s []int
	func() { _ = len(s) }()
	s = append(s, 1)
	t := append(s, 2)
	t[0] = 9
	fmt.Println(cap(s), s[0])
}
