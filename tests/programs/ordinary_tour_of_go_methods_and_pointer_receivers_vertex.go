// Tour of Go: methods and pointer receivers (Vertex)
package main

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func ScaleFunc(v *Vertex, f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface {
	Abs() float64
}

func main() {
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs())

	p := &Vertex{4, 3}
	p.Scale(3)
	ScaleFunc(p, 8)
	fmt.Println(v, p, *p)

	var a Abser
	f := MyFloat(-math.Sqrt2)
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())
	fmt.Printf("(%v, %T)\n", a, a)

	var (
		v1 = Vertex{1, 2}
		v2 = Vertex{X: 1}
		v3 = Vertex{}
		vp = &Vertex{1, 2}
	)
	fmt.Println(v1, vp, v2, v3)
	vp.X = 1e9
	fmt.Println(vp.X, v1.X)

	m := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(m["Bell Labs"], len(m))
	fmt.Println(math.Pi, math.Sqrt(7), math.Pow(2, 10), math.Inf(1), -math.MaxFloat64)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
}
