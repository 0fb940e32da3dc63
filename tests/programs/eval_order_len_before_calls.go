package main

import "fmt"

var t = []int{1}

func f() int { t = []int{1, 2, 3}; return 0 }

func main() {
	x := len(t) + f()
	fmt.Println(x)
	t = []int{1}
	s := []int{0}
	s[0] += len(t) + f()
	fmt.Println(s)
}
