package main

import "fmt"

func main() {
	var a [4]int
	a[4] = 1
	s := a[1:5]
	b := [2]string{"x", "y", "z"}
	fmt.Println(a[-1], s, b)
}
