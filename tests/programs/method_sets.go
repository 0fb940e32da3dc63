package main

import "fmt"

type Vec struct {
	X, Y int
}

func (v Vec) Len2() int     { return v.X*v.X + v.Y*v.Y }
func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)  { v.X *= k; v.Y *= k }
func (v *Vec) Reset()       { *v = Vec{} }
func (v *Vec) Self() *Vec   { return v }

type Shape struct {
	Name   string
	Points []Vec
	Center Vec
}

func (s *Shape) Translate(d Vec) {
	for i := 0; i < len(s.Points); i++ {
		s.Points[i] = s.Points[i].Add(d)
	}
	s.Center = s.Center.Add(d)
}

func (s Shape) Perimeter() int {
	total := 0
	for i := 0; i < len(s.Points); i++ {
		j := (i + 1) % len(s.Points)
		d := s.Points[j].Add(Vec{-s.Points[i].X, -s.Points[i].Y})
		total += d.Len2()
	}
	return total
}

func makeVec(x, y int) Vec { return Vec{x, y} }

func main() {
	v := Vec{3, 4}
	fmt.Println(v.Len2(), (&v).Len2())
	v.Scale(2) // (&v).Scale
	fmt.Println(v)
	pv := &v
	fmt.Println(pv.Len2(), pv.Add(Vec{1, 1})) // (*pv).Len2
	pv.Scale(-1)
	fmt.Println(v, *pv)

	// value-receiver methods on non-addressable values
	fmt.Println(makeVec(1, 2).Len2(), Vec{5, 5}.Add(Vec{1, 0}), makeVec(2, 2).Add(v).Len2())

	// pointer methods on addressable elements and fields
	vs := []Vec{{1, 0}, {0, 1}}
	vs[1].Scale(7)
	arr := [2]Vec{{2, 2}, {3, 3}}
	arr[0].Reset()
	fmt.Println(vs, arr)
	sh := Shape{"sq", []Vec{{0, 0}, {2, 0}, {2, 2}, {0, 2}}, Vec{1, 1}}
	sh.Center.Scale(10)
	sh.Points[2].Scale(2)
	fmt.Println(sh.Center, sh.Points, sh.Perimeter())
	sh.Translate(Vec{1, -1})
	fmt.Printf("%+v\n", sh)

	ps := &sh
	ps.Center.Reset()
	fmt.Println(ps.Perimeter(), sh.Center)

	// chained calls through returned pointers
	v.Self().Scale(3)
	v.Self().Self().Reset()
	fmt.Println(v, v.Self() == &v, v.Self().Len2())

	shapes := []*Shape{&sh, {Name: "tri", Points: []Vec{{0, 0}, {3, 0}, {0, 4}}}}
	for i := 0; i < len(shapes); i++ {
		shapes[i].Translate(Vec{1, 1})
		fmt.Println(shapes[i].Name, shapes[i].Perimeter(), shapes[i].Center)
	}
}
