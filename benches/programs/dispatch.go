// Interface method calls: 30,000,000 calls of a small method through an interface, over a
// slice holding three concrete types (the call site sees all three).
package main

import "fmt"

type Shape interface {
	Area() int
}

type Rect struct{ W, H int }
type Square struct{ S int }
type Tri struct{ B, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (s *Square) Area() int { return s.S * s.S }
func (t Tri) Area() int     { return t.B * t.H / 2 }

func main() {
	shapes := make([]Shape, 0, 300)
	for i := 0; i < 100; i++ {
		shapes = append(shapes, Rect{i, 3}, &Square{i}, Tri{i, 4})
	}
	total := 0
	for round := 0; round < 100000; round++ {
		for _, s := range shapes {
			total += s.Area()
		}
	}
	fmt.Println(total)
}
