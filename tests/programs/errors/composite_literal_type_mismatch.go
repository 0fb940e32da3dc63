package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	var p *Point = Point{}
	var q Point = Point{1, 2}
	var grid [2]int = [3]int{}
	fmt.Println(p, q, grid)
}
