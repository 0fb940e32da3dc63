package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (s Square) Name() string       { return "square" }

func (t *Tri) Area() float64      { return 0.5 * t.A * t.B }
func (t *Tri) Perimeter() float64 { return t.A + t.B + t.C }
func (t *Tri) Name() string       { return "tri" }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func biggest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{Rect{3, 4}, Square{5}, &Tri{3, 4, 5}, Rect{1, 1}}
	for i, s := range shapes {
		fmt.Printf("%d %-6s area=%6.2f perim=%6.2f\n", i, s.Name(), s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Printf("total area %.1f perimeter %.1f\n", a, p)
	b := biggest(shapes)
	fmt.Println("biggest:", b.Name(), b.Area())
	fmt.Println("empty biggest is nil:", biggest(nil) == nil)
	fmt.Printf("%T %T %T\n", shapes[0], shapes[1], shapes[2])
}
