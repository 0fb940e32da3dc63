package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }

func origin() Point { return Point{} }

func main() {
	var p Point
	p.Norm = nil
	Point{}.X = 1
	origin().Y = 2
	fmt.Println(p, &Point{}.X)
}
