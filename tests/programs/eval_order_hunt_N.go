package main

import "fmt"

var i int

func h() (int, int) { i = 2; return 7, 8 }

func main() {
	a := []int{0, 0, 0}
	var j int
	a[i], j = h()
	fmt.Println(a, j)
}
