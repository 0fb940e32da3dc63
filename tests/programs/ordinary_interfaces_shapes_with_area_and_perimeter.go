// Interfaces: Shapes with area and perimeter
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func measure(s Shape) {
	fmt.Printf("%-22v area=%8.3f perim=%8.3f\n", s, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{2.5},
		Triangle{3, 4, 5},
		Rect{W: 1.5, H: 10},
	}
	total := 0.0
	for _, s := range shapes {
		measure(s)
		total += s.Area()
	}
	fmt.Printf("total area: %.2f\n", total)

	for _, s := range shapes {
		if c, ok := s.(Circle); ok {
			fmt.Println("found circle with radius", c.R)
		}
	}
	var largest Shape
	for _, s := range shapes {
		if largest == nil || s.Area() > largest.Area() {
			largest = s
		}
	}
	fmt.Printf("largest: %T %v\n", largest, largest)
}
