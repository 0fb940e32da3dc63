package main

import "fmt"

// []string (16-byte elements, pointerful, buffer K=2).
func main() {
	var s []string
	words := []string{"a", "bb", "ccc", "dddd", "e", "f", "g", "h", "i", "j", "k", "l"}
	for i, w := range words {
		s = append(s, w)
		fmt.Println(i, len(s), cap(s), s[i])
	}
	var t []string
	t = append(t, "x", "y", "z")
	fmt.Println("three at once:", len(t), cap(t), t[2])
	var u []string
	u = append(u, "p", "q")
	fmt.Println("two at once:", len(u), cap(u), u[1])
	u = append(u, "r")
	fmt.Println("then one:", len(u), cap(u), u[2])
}
