// The same work as dispatch.go with direct calls: 30,000,000 calls of the same small methods
// on concrete values, so that the two programs' times give the cost of the interface call.
package main

import "fmt"

type Rect struct{ W, H int }
type Square struct{ S int }
type Tri struct{ B, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (s *Square) Area() int { return s.S * s.S }
func (t Tri) Area() int     { return t.B * t.H / 2 }

func main() {
	rects := make([]Rect, 0, 100)
	squares := make([]*Square, 0, 100)
	tris := make([]Tri, 0, 100)
	for i := 0; i < 100; i++ {
		rects = append(rects, Rect{i, 3})
		squares = append(squares, &Square{i})
		tris = append(tris, Tri{i, 4})
	}
	total := 0
	for round := 0; round < 100000; round++ {
		for i := 0; i < 100; i++ {
			total += rects[i].Area()
			total += squares[i].Area()
			total += tris[i].Area()
		}
	}
	fmt.Println(total)
}
