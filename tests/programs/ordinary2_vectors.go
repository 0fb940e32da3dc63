package main

import (
	"fmt"
	"math"
	"sort"
)

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec        { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Sub(o Vec) Vec        { return Vec{v.X - o.X, v.Y - o.Y} }
func (v Vec) Scale(k float64) Vec  { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(o Vec) float64    { return v.X*o.X + v.Y*o.Y }
func (v Vec) Cross(o Vec) float64  { return v.X*o.Y - v.Y*o.X }
func (v Vec) Len() float64         { return math.Hypot(v.X, v.Y) }
func (v Vec) Norm() Vec            { return v.Scale(1 / v.Len()) }
func (v Vec) String() string       { return fmt.Sprintf("(%.2f, %.2f)", v.X, v.Y) }
func (v *Vec) Move(d Vec)          { v.X += d.X; v.Y += d.Y }

func convexHull(pts []Vec) []Vec {
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	var hull []Vec
	for pass := 0; pass < 2; pass++ {
		start := len(hull)
		for _, p := range pts {
			for len(hull) >= start+2 && hull[len(hull)-2].Sub(hull[len(hull)-1]).Cross(p.Sub(hull[len(hull)-1])) >= 0 {
				hull = hull[:len(hull)-1]
			}
			hull = append(hull, p)
		}
		hull = hull[:len(hull)-1]
		for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
			pts[i], pts[j] = pts[j], pts[i]
		}
	}
	return hull
}

func main() {
	a, b := Vec{3, 4}, Vec{1, -2}
	fmt.Println(a, b, a.Add(b), a.Sub(b), a.Scale(0.5))
	fmt.Println(a.Dot(b), a.Cross(b), a.Len(), a.Norm())
	angle := math.Acos(a.Dot(b)/(a.Len()*b.Len())) * 180 / math.Pi
	fmt.Printf("angle %.3f deg\n", angle)
	p := &Vec{}
	for i := 0; i < 4; i++ {
		p.Move(Vec{1, float64(i)})
	}
	fmt.Println(*p, p)
	var zero Vec
	fmt.Println(zero.Norm(), zero.Len())
	pts := []Vec{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 3}, {0.5, 0.5}, {1, -1}}
	h := convexHull(pts)
	fmt.Println(h, len(h))
	area := 0.0
	for i := range h {
		area += h[i].Cross(h[(i+1)%len(h)])
	}
	fmt.Printf("hull area %.2f\n", math.Abs(area)/2)
	fmt.Printf("%v %+v\n", []Vec{a}, struct{ V Vec }{b})
}
