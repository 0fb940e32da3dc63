package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }
type Circle struct{ r int }

func (q Sq) Area() int     { return q.s * q.s }
func (c Circle) Area() int { return 3 * c.r * c.r }

func main() {
	shapes := []Shape{Sq{2}, Sq{3}, Circle{1}}
	total := 0
	for i, s := range shapes {
		fmt.Println("shape", i, s.Area())
		sq := s.(Sq)
		total += sq.s
		fmt.Println("running total", total)
	}
	fmt.Println("never printed")
}
