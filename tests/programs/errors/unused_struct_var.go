package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2}
	q := &Point{}
	var r [3]Point
	r[0].X = 1
	var t Point
	t = Point{3, 4}
	fmt.Println(q)
}
