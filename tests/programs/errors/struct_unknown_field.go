package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, Z: 2}
	fmt.Println(p)
	q := Point{}
	q.W = 5
	fmt.Println(q.X)
}
