package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Employee struct {
	Name   string
	Age    int
	Salary int64
	Active bool
	Boss   *Employee
}

type Color struct {
	R, G, B uint8
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	// keyed, positional, partial and zero literals
	p1 := Point{1, 2}
	p2 := Point{X: 10}
	p3 := Point{Y: -4, X: 3}
	var p4 Point
	fmt.Println(p1, p2, p3, p4)
	fmt.Printf("%v %+v\n", p1, p3)

	// nested literals
	r := Rect{Min: Point{0, 0}, Max: Point{4, 3}, Label: "box"}
	r2 := Rect{Point{1, 1}, Point{6, 5}, "wide"}
	fmt.Println(r, area(r), r2, area(r2))
	fmt.Printf("%+v\n", r2)

	// slices and arrays of structs with elided types
	pts := []Point{{1, 1}, {2, 4}, {X: 3, Y: 9}, {}}
	fmt.Println(len(pts), pts)
	corners := [4]Point{{0, 0}, {0, 1}, {1, 1}, {1, 0}}
	fmt.Println(corners, corners[2].Y)
	rects := []Rect{
		{Label: "a"},
		{Max: Point{2, 2}, Label: "b"},
		{Point{1, 2}, Point{3, 4}, "c"},
	}
	total := 0
	for i := 0; i < len(rects); i++ {
		total += area(rects[i])
		fmt.Printf("%d: %+v area=%d\n", i, rects[i], area(rects[i]))
	}
	fmt.Println("total area", total)

	// pointers in slice literals with elided &T
	staff := []*Employee{{Name: "Ann", Age: 41}, {Name: "Bob", Age: 29}}
	staff[1].Boss = staff[0]
	fmt.Println(staff[0].Name, staff[1].Boss.Name, staff[0].Boss == nil)
	e := Employee{"Cid", 35, 52000, true, nil}
	fmt.Printf("%v\n%+v\n", e, e)

	// anonymous structs
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg, cfg.Host, cfg.Port)
	var pair struct {
		A, B int
	}
	pair.A = 7
	pair.B = pair.A * 6
	fmt.Printf("%+v\n", pair)
	items := []struct {
		Name string
		Qty  int
	}{{"nut", 10}, {"bolt", 4}}
	for i := 0; i < len(items); i++ {
		fmt.Printf("%-5s %3d\n", items[i].Name, items[i].Qty)
	}

	// array of structs with index keys
	palette := [...]Color{2: {255, 0, 0}, 0: {B: 255}}
	fmt.Println(len(palette), palette)
	fmt.Printf("%x %v\n", palette[2].R, palette[1] == Color{})
}
