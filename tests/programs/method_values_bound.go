package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String2() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Move(dx, dy int)   { p.X += dx; p.Y += dy }

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Celsius int

func (c Celsius) Describe() string { return fmt.Sprintf("%d C", int(c)) }

func callN(f func() int, n int) int {
	r := 0
	for range n {
		r = f()
	}
	return r
}

func main() {
	p := Point{1, 2}
	// A value-receiver method value copies the receiver now.
	show := p.String2
	add := p.Add
	p.X = 100
	fmt.Println(show(), p.String2())
	fmt.Println(add(Point{10, 10}))

	// A pointer-receiver method value binds &p.
	move := p.Move
	move(1, 1)
	move(1, 1)
	fmt.Println(p)

	// Value method on a pointer: *ptr is copied at evaluation time.
	pp := &Point{5, 5}
	s := pp.String2
	pp.Move(1, 1)
	fmt.Println(s(), pp.String2())

	c := Counter{name: "c"}
	inc := c.Inc // &c
	get := c.Get // copy of c, n == 0
	r := callN(inc, 5)
	fmt.Println(r, c.n, get())
	get2 := c.Get
	fmt.Println(get2())

	// Method values stored in a slice and a map.
	a, b := &Counter{name: "a"}, &Counter{name: "b"}
	incs := []func() int{a.Inc, b.Inc, a.Inc}
	for _, f := range incs {
		f()
	}
	fmt.Println(a.n, b.n)
	getters := map[string]func() int{"a": a.Get, "b": b.Get}
	a.Inc()
	fmt.Println(getters["a"](), getters["b"](), a.Get())

	// Method value of a defined non-struct type.
	t := Celsius(21)
	d := t.Describe
	t = 30
	fmt.Println(d(), t.Describe())

	// Method values from slice elements.
	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	var movers []func(int, int)
	for i := range pts {
		movers = append(movers, pts[i].Move)
	}
	for i, m := range movers {
		m(i*10, -i)
	}
	fmt.Println(pts)

	// Method value from a struct field that is itself a struct.
	type Wrapper struct{ P Point }
	w := Wrapper{Point{7, 8}}
	wm := w.P.Move
	ws := w.P.String2
	wm(1, 1)
	fmt.Println(w.P, ws())

	// Method value passed as an argument.
	fmt.Println(callN((&Counter{}).Inc, 3))
}
