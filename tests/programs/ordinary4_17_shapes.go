package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (r Rect) Name() string         { return "rect" }
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Triangle) Name() string       { return "triangle" }
func (s Square) Name() string          { return "square" }

func NewSquare(side float64) Square { return Square{Rect{side, side}} }

func main() {
	shapes := []Named{
		Circle{1}, Rect{3, 4}, &Triangle{3, 4, 5}, NewSquare(2.5), Circle{0.5},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-8s area=%8.3f perim=%8.3f %T\n", s.Name(), s.Area(), s.Perimeter(), s)
	}
	fmt.Printf("total area %.4f\n", total)
	for _, s := range shapes {
		switch v := s.(type) {
		case Circle:
			fmt.Println("circle radius", v.R)
		case Square:
			fmt.Println("square side", v.W, v.Rect.H)
		case *Triangle:
			fmt.Println("triangle", *v)
		default:
			fmt.Println("other", v)
		}
	}
	var sh Shape = Rect{1, 2}
	if n, ok := sh.(Named); ok {
		fmt.Println("rect is named:", n.Name())
	}
	_, isCircle := sh.(Circle)
	fmt.Println(isCircle, sh == Rect{1, 2}, sh != Shape(Rect{2, 1}))
	fmt.Println(shapes[0], shapes[2])
	fmt.Printf("%v %+v\n", shapes[:2], NewSquare(1))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.Pi)
}
