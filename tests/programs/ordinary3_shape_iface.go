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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Scaler interface {
	Scale(f float64)
}

func (c *Circle) Scale(f float64) { c.R *= f }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%v", v.R)
	case *Circle:
		return fmt.Sprintf("*circle r=%v", v.R)
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprintf("%T%v", v, v)
	}
}

func main() {
	c := &Circle{1.5}
	shapes := []Shape{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, c, Rect{0.5, 10}, Triangle{2, 2, 2}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-22s area=%8.3f perim=%8.3f\n", describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f %v %g\n", total, total, total)
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
			fmt.Println("scaled:", describe(s), s.Area())
		}
	}
	var sh Shape
	fmt.Println(sh == nil)
	sh = c
	_, isRect := sh.(Rect)
	fmt.Println(isRect, sh.(*Circle).R)
	fmt.Println(math.Round(Triangle{2, 2, 2}.Area()*1000) / 1000)
}
