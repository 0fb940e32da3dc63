package main

import "fmt"

type Point struct {
	X, Y int
}

type Vec Point

type Celsius struct {
	Deg int
}

type Fahrenheit struct {
	Deg int
}

type Row [3]int
type Scores []int
type Grid [2]Row

func (v Vec) Len2() int     { return v.X*v.X + v.Y*v.Y }
func (p Point) Str() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (s Scores) Total() int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}
func (r Row) Sum() int { return r[0] + r[1] + r[2] }

func toF(c Celsius) Fahrenheit {
	f := Fahrenheit(c)
	f.Deg = f.Deg*9/5 + 32
	return f
}

func main() {
	p := Point{3, 4}
	v := Vec(p)
	fmt.Println(v.Len2(), Point(v).Str(), v == Vec{3, 4})
	v.X = 0
	fmt.Println(p, v)

	anon := struct{ X, Y int }{1, 2}
	p = anon // assignable: identical underlying types, one side unnamed
	var v2 Vec = anon
	fmt.Println(p, v2, p == anon)
	anon = struct{ X, Y int }(v2)
	fmt.Printf("%v %T %T %T\n", anon, anon, p, v2)

	c := Celsius{100}
	f := toF(c)
	fmt.Println(c, f, Celsius(f) == c)
	fmt.Printf("%+v %#v\n", f, f)

	arr := [3]int{1, 2, 3}
	r := Row(arr)
	r[0] = 10
	fmt.Println(arr, r, r.Sum(), Row{4, 5, 6}.Sum())
	g := Grid{r, Row(arr)}
	fmt.Println(g, g[0].Sum()+g[1].Sum())
	fmt.Printf("%T %T %#v\n", g, g[0], g)

	ints := []int{5, 6, 7}
	s := Scores(ints)
	s[0] = 50 // shares the array with ints
	fmt.Println(ints, s, s.Total(), Scores(ints[1:]).Total())
	back := []int(s)
	back = append(back, 8)
	fmt.Println(len(s), len(back), back)
	fmt.Printf("%T %T %v\n", s, back, Scores(nil) == nil)

	ps := []Point{{1, 1}, {2, 2}}
	vs := make([]Vec, len(ps))
	for i := 0; i < len(ps); i++ {
		vs[i] = Vec(ps[i])
		vs[i].Y *= 10
	}
	fmt.Println(ps, vs)
	pv := (*Vec)(&ps[0])
	pv.X = -9
	fmt.Println(ps[0], pv.Len2())
}
