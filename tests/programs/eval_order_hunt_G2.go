package main

import "fmt"

var s = []int{1, 2}

func f() int { s = nil; return 0 }

func main() {
	a, b := s[1:], f()
	fmt.Println(a, b)
}
