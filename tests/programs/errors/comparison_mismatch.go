package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	var small int8 = 3
	big := 3
	fmt.Println(small == big)
	p := Point{1, 2}
	fmt.Println(p == nil)
	var pts []Point
	fmt.Println(pts == []Point{})
}
