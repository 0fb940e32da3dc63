package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
}

type Person struct {
	Name    string
	Age     int
	Address struct {
		City string
		Zip  string
	}
	Tags []string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)     { p.X *= k; p.Y *= k }

func main() {
	a := Point{1, 2}
	b := Point{X: 1, Y: 2}
	fmt.Println(a == b, a != Point{})
	r1 := Rect{Point{0, 0}, Point{3, 4}}
	r2 := r1
	r2.Max.X = 10
	fmt.Println(r1, r2, r1 == r2)
	var p Person
	p.Name = "Ann"
	p.Address.City = "Oslo"
	p.Tags = append(p.Tags, "admin")
	q := p
	q.Address.City = "Bergen"
	q.Tags[0] = "user"
	fmt.Printf("%+v\n%+v\n", p, q)
	anon := struct {
		ID   int
		Note string
	}{7, "seven"}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	pts := []Point{{1, 1}, {2, 3}, {-1, 5}}
	sum := Point{}
	for _, pt := range pts {
		sum = sum.Add(pt)
	}
	fmt.Println(sum)
	for i := range pts {
		pts[i].Scale(10)
	}
	fmt.Println(pts)
	for _, pt := range pts {
		pt.Scale(0)
	}
	fmt.Println(pts)
	pp := &pts[1]
	pp.Scale(2)
	fmt.Println(pts[1], *pp, pp.Add(a))
	seen := map[Point]string{a: "a", {3, 4}: "b"}
	fmt.Println(seen[Point{1, 2}], seen[Point{3, 4}], len(seen))
	fmt.Printf("%#v\n", r1)
}
